package dev.creditloop.app.audit;

import dev.creditloop.app.security.RefusalListener;
import dev.creditloop.app.security.StaffPrincipal;
import dev.creditloop.app.web.BufferedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

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

  private final AuditTrail trail;
  private final AuditWrites writes;
  private final Clock clock;

  AuditFilter(AuditTrail trail, AuditWrites writes, Clock clock) {
    this.trail = trail;
    this.writes = writes;
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
    BufferedBodyRequest buffered;
    try {
      buffered = BufferedBodyRequest.of(request);
    } catch (BufferedBodyRequest.TooLarge e) {
      BufferedBodyRequest.refuse(response);
      return;
    }
    AuditWrites.Write write =
        writes.begin(
            principal,
            request.getRemoteAddr(),
            request.getMethod(),
            pathOf(request),
            buffered.text());
    ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(buffered, wrapped);
    } finally {
      write.done(
          wrapped.getStatus(), new String(wrapped.getContentAsByteArray(), StandardCharsets.UTF_8));
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
            AuditWrites.roles(principal),
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

  private static String pathOf(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return context == null || context.isEmpty() ? uri : uri.substring(context.length());
  }
}
