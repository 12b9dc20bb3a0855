package dev.creditloop.app.approval;

import dev.creditloop.app.approval.persistence.JdbcApprovalRequests;
import dev.creditloop.app.scope.DataScope;
import dev.creditloop.app.security.AccessMatrix;
import dev.creditloop.app.security.Role;
import dev.creditloop.app.security.StaffPrincipal;
import dev.creditloop.app.security.StaffUser;
import dev.creditloop.app.security.StaffUsers;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.CapturedResponse;
import dev.creditloop.app.web.InternalRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The approval inbox. A held command is approved by a user other than its maker whose roles allow
 * the command; it is then replayed through its own endpoint as the maker submitted it (the domain
 * records the maker as the one who acted, this table the checker who approved), and its answer
 * kept.
 */
@Service
public class Approvals {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Approvals.class);

  private final JdbcApprovalRequests requests;
  private final Clock clock;
  private final StaffUsers users;

  /** Lazily: the command-line tools run without a web server. */
  private final org.springframework.beans.factory.ObjectProvider<DispatcherServlet> dispatcher;

  private final FourEyesPolicy policy;
  private final DataScope scope;

  Approvals(
      JdbcApprovalRequests requests,
      Clock clock,
      StaffUsers users,
      org.springframework.beans.factory.ObjectProvider<DispatcherServlet> dispatcher,
      FourEyesPolicy policy,
      DataScope scope) {
    this.policy = policy;
    this.scope = scope;
    this.requests = requests;
    this.clock = clock;
    this.users = users;
    this.dispatcher = dispatcher;
  }

  /** Whether four-eyes holds this kind of command (configuration). */
  public boolean holds(SensitiveCommand kind) {
    return policy.holds(kind);
  }

  /**
   * Holds a command a use case chose to hold itself (e.g. enabling a user just created disabled).
   */
  public Approval hold(SensitiveCommand kind, String method, String path, String maker) {
    String operation = kind.match(method, path);
    if (operation == null) {
      throw new IllegalArgumentException(
          method + " " + path + " is not a " + kind.key() + " command");
    }
    return submit(new FourEyesPolicy.Held(kind, operation), method, path, null, null, maker);
  }

  Approval submit(
      FourEyesPolicy.Held held,
      String method,
      String path,
      String contentType,
      String body,
      String maker) {
    String summary = (method + " " + path + (body == null ? "" : " " + body));
    long id =
        requests.add(
            held.operation(),
            held.kind().key(),
            method,
            path,
            contentType,
            body,
            summary.length() > 512 ? summary.substring(0, 509) + "..." : summary,
            maker,
            clock.instant());
    return get(id);
  }

  public Approval get(long id) {
    return requests.find(id).orElseThrow(() -> ApiProblem.notFound("approval", id));
  }

  /**
   * Newest first; a user with an agency sees only the held commands on its own customers' cases.
   */
  public List<Approval> list(String status, String requestedBy, Long beforeId, int limit) {
    if (scope.agency() == null) {
      return rows(status, requestedBy, beforeId, limit);
    }
    // filtered after reading, page by page, until the page is full or the inbox ends
    List<Approval> kept = new ArrayList<>();
    Long before = beforeId;
    while (kept.size() < limit) {
      List<Approval> read = rows(status, requestedBy, before, limit);
      read.stream()
          .filter(a -> scope.seesPath(a.path()))
          .limit(limit - kept.size())
          .forEach(kept::add);
      if (read.size() < limit) {
        break;
      }
      before = read.get(read.size() - 1).id();
    }
    return kept;
  }

  private List<Approval> rows(String status, String requestedBy, Long beforeId, int limit) {
    return requests.page(status, requestedBy, beforeId, limit);
  }

  /**
   * Approves and carries out the held command; the outcome (done or refused by the endpoint) is
   * kept with it.
   */
  public Approval approve(
      long id,
      StaffPrincipal checker,
      String note,
      HttpServletRequest request,
      HttpServletResponse response) {
    Approval approval = get(id);
    requirePending(approval);
    if (approval.requestedBy().equals(checker.username())) {
      throw ApiProblem.unprocessable(
          "same-user", "id", "the user who submitted a command cannot approve it");
    }
    if (!allowed(approval.operation(), checker.roles())) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "forbidden",
          "your roles do not allow " + approval.operation() + ", so you cannot approve it",
          List.of());
    }
    StaffUser maker = users.find(approval.requestedBy()).orElse(null);
    if (!claim(id)) {
      throw ApiProblem.conflict(
          "approval-not-pending", "approval " + id + " was decided meanwhile");
    }
    if (maker == null || !maker.enabled() || !allowed(approval.operation(), maker.roles())) {
      return decide(
          id,
          "FAILED",
          checker.username(),
          note,
          403,
          "{\"detail\":\"the submitter may no longer carry out this command\"}");
    }
    CapturedResponse answer = replayAs(maker, approval, request, response);
    int status = answer.getStatus();
    return decide(
        id, status < 300 ? "APPROVED" : "FAILED", checker.username(), note, status, answer.text());
  }

  public Approval reject(long id, StaffPrincipal checker, String note) {
    Approval approval = get(id);
    requirePending(approval);
    if (approval.requestedBy().equals(checker.username())) {
      throw ApiProblem.unprocessable("same-user", "id", "withdraw your own submission with cancel");
    }
    if (!allowed(approval.operation(), checker.roles())) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "forbidden",
          "your roles do not allow " + approval.operation(),
          List.of());
    }
    if (note == null || note.isBlank()) {
      throw ApiProblem.badField("invalid-field", "note", "a rejection says why");
    }
    if (!claim(id)) {
      throw ApiProblem.conflict(
          "approval-not-pending", "approval " + id + " was decided meanwhile");
    }
    return decide(id, "REJECTED", checker.username(), note, null, null);
  }

  public Approval cancel(long id, StaffPrincipal maker) {
    Approval approval = get(id);
    requirePending(approval);
    if (!approval.requestedBy().equals(maker.username())) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "forbidden",
          "only the submitter can cancel a submission",
          List.of());
    }
    if (!claim(id)) {
      throw ApiProblem.conflict(
          "approval-not-pending", "approval " + id + " was decided meanwhile");
    }
    return decide(id, "CANCELLED", maker.username(), null, null, null);
  }

  private static void requirePending(Approval approval) {
    if (!approval.status().equals("PENDING")) {
      throw ApiProblem.conflict(
          "approval-not-pending", "approval " + approval.id() + " is " + approval.status());
    }
  }

  private static boolean allowed(String operation, Set<Role> roles) {
    return AccessMatrix.rules().stream()
        .filter(r -> (r.method().name() + " " + r.pattern()).equals(operation))
        .anyMatch(r -> roles.stream().anyMatch(r::allows));
  }

  private boolean claim(long id) {
    return requests.claim(id);
  }

  private Approval decide(
      long id, String status, String by, String note, Integer resultStatus, String resultBody) {
    requests.decide(id, status, by, clock.instant(), note, resultStatus, resultBody);
    return get(id);
  }

  private CapturedResponse replayAs(
      StaffUser maker,
      Approval approval,
      HttpServletRequest request,
      HttpServletResponse response) {
    var context = SecurityContextHolder.getContext();
    StaffPrincipal principal =
        new StaffPrincipal(maker.username(), maker.roles(), maker.agency(), maker.locale());
    Authentication asMaker =
        UsernamePasswordAuthenticationToken.authenticated(
            principal,
            null,
            maker.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    CapturedResponse answer = new CapturedResponse(response);
    SecurityContextHolder.setContext(new SecurityContextImpl(asMaker));
    try {
      dispatcher
          .getObject()
          .service(
              new InternalRequest(
                  request,
                  approval.method(),
                  approval.path(),
                  approval.contentType(),
                  approval.body()),
              answer);
    } catch (Exception e) {
      log.error("approved command {} failed unexpectedly", approval.id(), e);
      answer.setStatus(500);
    } finally {
      SecurityContextHolder.setContext(context);
    }
    return answer;
  }
}
