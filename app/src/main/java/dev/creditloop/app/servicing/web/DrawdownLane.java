package dev.creditloop.app.servicing.web;

import dev.creditloop.app.audit.AuditWrites;
import dev.creditloop.app.idempotency.web.IdempotentRequests;
import dev.creditloop.app.security.KnownCallers;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.BufferedBodyRequest;
import dev.creditloop.app.web.Problems;
import dev.creditloop.lending.LendingException;
import dev.creditloop.lending.drawdown.DrawdownCommand;
import dev.creditloop.lending.drawdown.DrawdownOutcome;
import dev.creditloop.lending.drawdown.RequestDrawdown;
import dev.creditloop.servicing.ServicingException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hot lane of a machine client's drawdown ({@code POST /api/v1/credit-lines/{id}/drawdowns}),
 * on the rules of {@link PrecheckLane}, plus these:
 *
 * <ul>
 *   <li>the caller is a machine client (the integration role only): a staff member's drawdown takes
 *       the chain, whose audit record reads the line's rows before and after;
 *   <li>an {@code Idempotency-Key}, when sent, is 1 to 128 characters (else the chain refuses it);
 *   <li>the drawdown runs exactly as the controller runs it, in the same {@link IdempotentRequests}
 *       unit of work: disbursed (201), parked for review (202) or rejected by the strategy (422),
 *       each committed, or replayed from its key. A refusal (by the ledger, a key reused with
 *       another request) throws before anything commits, and the chain then handles the request
 *       from the start. Any other failure may have come after the commit (a lost connection while
 *       committing), so it is never run again: it is answered 500 {@code internal-error}, as the
 *       dispatcher answers it, and logged;
 *   <li>the answer is recorded in the audit trail by {@link AuditWrites#machineWrite}, the record
 *       the audit filter writes for a machine client, before the answer leaves.
 * </ul>
 */
public final class DrawdownLane implements Filter {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DrawdownLane.class);

  private final RequestDrawdown requestDrawdown;
  private final IdempotentRequests idempotent;
  private final AuditWrites audit;
  private final Lane lane;
  private final JsonMapper json;

  DrawdownLane(
      RequestDrawdown requestDrawdown,
      IdempotentRequests idempotent,
      AuditWrites audit,
      KnownCallers callers,
      ApplicationAvailability availability,
      JsonMapper json) {
    this.requestDrawdown = requestDrawdown;
    this.idempotent = idempotent;
    this.audit = audit;
    this.lane = new Lane("/drawdowns", callers, availability, json);
    this.json = json;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String key = request.getHeader("Idempotency-Key");
    Optional<Lane.Taken> taken =
        key != null && (key.isBlank() || key.length() > 128)
            ? Optional.empty()
            : lane.take(request).filter(t -> AuditWrites.machine(t.caller()));
    if (taken.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Lane.Taken t = taken.get();
    byte[] body = lane.body(request);
    Optional<DrawdownCommand> command = lane.command(t.lineId(), body);
    // the disbursed loan's customer, which its answer names at the top: the audit record's
    Long[] disbursedTo = new Long[1];
    Object outcome =
        command.isEmpty() ? null : lane.as(t, () -> run(command.get(), key, disbursedTo));
    if (outcome == null) {
      chain.doFilter(BufferedBodyRequest.of(request, body), response);
      return;
    }
    ResponseEntity<String> answer =
        outcome instanceof IdempotentRequests.Outcome o
            ? CreditLineController.respond(o)
            : failed((RuntimeException) outcome, t.path());
    int status = answer.getStatusCode().value();
    String text = answer.getBody();
    audit.machineWrite(
        t.caller(),
        request.getRemoteAddr(),
        "POST",
        t.path(),
        body.length == 0 ? null : new String(body, StandardCharsets.UTF_8),
        status,
        text,
        outcome instanceof IdempotentRequests.Outcome && status == 201 ? disbursedTo[0] : null);
    List<String[]> headers = new ArrayList<>(1);
    answer
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> headers.add(new String[] {name, v}));
              }
            });
    lane.answer(
        response,
        status,
        answer.getHeaders().getContentType().toString(),
        headers,
        text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The committed (or replayed) outcome; null when refused before anything committed; the exception
   * of any other failure.
   */
  private Object run(DrawdownCommand command, String key, Long[] disbursedTo) {
    try {
      return idempotent.run(
          "drawdown:" + command.lineId(),
          key,
          command,
          () -> {
            DrawdownOutcome drawn = requestDrawdown.request(command);
            if (drawn instanceof DrawdownOutcome.Disbursed d) {
              disbursedTo[0] = d.loan().customerId();
            }
            return CreditLineController.answer(drawn);
          });
    } catch (ServicingException | LendingException | ApiProblem refused) {
      return null;
    } catch (RuntimeException failed) {
      return failed;
    }
  }

  /** A failure that may have come after the commit: 500, as the dispatcher's handler answers. */
  private ResponseEntity<String> failed(RuntimeException e, String path) {
    log.error("unexpected failure", e);
    var problem =
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal-error",
            "unexpected failure; see the server log",
            List.of());
    problem.setInstance(java.net.URI.create(path));
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(json.writeValueAsString(problem));
  }

  /** How many drawdowns this lane has answered itself. */
  public long served() {
    return lane.served();
  }
}
