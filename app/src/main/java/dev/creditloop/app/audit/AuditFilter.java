package dev.creditloop.app.audit;

import dev.creditloop.app.security.RefusalListener;
import dev.creditloop.app.security.Role;
import dev.creditloop.app.security.StaffPrincipal;
import dev.creditloop.app.web.BufferedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every API write of a signed-in caller in the audit trail after it has been handled and
 * before its answer leaves: who, when, from where, what (method and path, the request with secrets
 * and personal data masked), the outcome, and for staff commands the entity's rows before and
 * after. Machine clients' high-volume calls (drawdowns, repayments, events) are recorded without
 * the before/after rows, which the ledger's own history holds.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10)
class AuditFilter extends OncePerRequestFilter implements RefusalListener {

  private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

  private final AuditTrail trail;
  private final RowSnapshots snapshots;
  private final JsonMapper json;
  private final Clock clock;

  AuditFilter(AuditTrail trail, RowSnapshots snapshots, JsonMapper json, Clock clock) {
    this.trail = trail;
    this.snapshots = snapshots;
    this.json = json;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !AuditedSubjects.audited(request.getMethod(), pathOf(request));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof StaffPrincipal principal)) {
      chain.doFilter(request, response);
      return;
    }
    String method = request.getMethod();
    String path = pathOf(request);
    BufferedBodyRequest buffered;
    try {
      buffered = BufferedBodyRequest.of(request);
    } catch (BufferedBodyRequest.TooLarge e) {
      BufferedBodyRequest.refuse(response);
      return;
    }
    var match = AuditedSubjects.match(method, path);
    AuditedSubjects.Subject subject = match == null ? null : match.getKey();
    Map<String, String> vars = match == null ? Map.of() : match.getValue();
    boolean staff = !principal.roles().equals(Set.of(Role.INTEGRATION));
    String key =
        subject == null
            ? null
            : switch (subject.from()) {
              case PATH -> vars.get(subject.key());
              case REQUEST -> field(buffered.text(), subject.key());
              case CONSTANT -> subject.key();
              case ACTOR -> principal.username();
              case RESPONSE, NONE -> null;
            };
    String before =
        staff && subject != null && key != null
            ? snapshots.snapshot(subject.entityType(), key)
            : null;

    ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(buffered, wrapped);
    } finally {
      int status = wrapped.getStatus();
      String answer = new String(wrapped.getContentAsByteArray(), StandardCharsets.UTF_8);
      if (subject != null && subject.from() == AuditedSubjects.KeyFrom.RESPONSE && status < 300) {
        key = field(answer, subject.key());
      }
      String after =
          staff && subject != null && key != null && status < 300
              ? snapshots.snapshot(subject.entityType(), key)
              : null;
      // a customer's own row names it by id, not customer_id
      Long customer =
          subject != null
                  && subject.entityType().equals("customer")
                  && key != null
                  && key.matches("\\d{1,18}")
              ? Long.valueOf(key)
              : customerOf(after, before, answer);
      try {
        trail.append(
            new AuditRecord.Entry(
                AuditTrail.truncate(clock.instant()),
                principal.username(),
                roles(principal),
                request.getRemoteAddr(),
                method + " " + path,
                subject == null ? null : subject.entityType(),
                key,
                customer,
                status,
                Redaction.apply(buffered.text()),
                before,
                after == null && status < 300 ? Redaction.apply(answer) : after));
      } catch (RuntimeException e) {
        // The command has committed; its answer still goes out, and the failure is loud.
        log.error(
            "AUDIT RECORD NOT WRITTEN for {} {} by {} (status {})",
            method,
            path,
            principal.username(),
            status,
            e);
      }
      wrapped.copyBodyToResponse();
    }
  }

  /** A refused attempt (403) of a signed-in caller. */
  @Override
  public void refused(HttpServletRequest request, StaffPrincipal principal) {
    String path = pathOf(request);
    var match = AuditedSubjects.match(request.getMethod(), path);
    trail.append(
        new AuditRecord.Entry(
            AuditTrail.truncate(clock.instant()),
            principal.username(),
            roles(principal),
            request.getRemoteAddr(),
            request.getMethod() + " " + path,
            match == null ? null : match.getKey().entityType(),
            match == null || match.getKey().from() != AuditedSubjects.KeyFrom.PATH
                ? null
                : match.getValue().get(match.getKey().key()),
            null,
            403,
            null,
            null,
            null));
  }

  private static String roles(StaffPrincipal principal) {
    return principal.roles().stream()
        .map(Enum::name)
        .sorted()
        .reduce((a, b) -> a + "," + b)
        .orElse("");
  }

  private Long customerOf(String... texts) {
    for (String text : texts) {
      JsonNode node = parse(text);
      if (node != null && node.isObject()) {
        for (String name : new String[] {"customer_id", "customerId"}) {
          JsonNode v = node.get(name);
          if (v != null && v.canConvertToLong()) {
            return v.asLong();
          }
        }
      }
    }
    return null;
  }

  private String field(String text, String name) {
    JsonNode node = parse(text);
    JsonNode v = node == null ? null : node.get(name);
    return v == null || v.isNull() || v.isContainer() ? null : v.asString();
  }

  private JsonNode parse(String text) {
    if (text == null || text.isBlank() || text.charAt(0) != '{') {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String pathOf(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return context == null || context.isEmpty() ? uri : uri.substring(context.length());
  }
}
