package dev.creditloop.app.approval;

import dev.creditloop.app.security.StaffPrincipal;
import dev.creditloop.app.web.BufferedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds a sensitive command instead of carrying it out: it is stored as submitted and answered 202
 * Accepted with the approval to wait for. Runs after sign-in and access checks, so only a command
 * the maker may submit is held.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 5)
class FourEyesFilter extends OncePerRequestFilter {

  private final FourEyesPolicy policy;
  private final Approvals approvals;
  private final JsonMapper json;

  FourEyesFilter(FourEyesPolicy policy, Approvals approvals, JsonMapper json) {
    this.policy = policy;
    this.approvals = approvals;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return !uri.startsWith(context + "/api/")
        || request.getMethod().equals("GET")
        // most writes (pre-checks, drawdowns, events) can never be held: their body is not
        // buffered here, unless it may be too large (refused here with 413, as before)
        || (request.getContentLengthLong() >= 0
            && request.getContentLengthLong() <= BufferedBodyRequest.MAX_BODY
            && !policy.mayHold(request.getMethod(), uri.substring(context.length())));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (auth == null || !(auth.getPrincipal() instanceof StaffPrincipal maker)) {
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
    FourEyesPolicy.Held held = policy.holds(request.getMethod(), path, buffered.text());
    if (held == null) {
      chain.doFilter(buffered, response);
      return;
    }
    Approval approval =
        approvals.submit(
            held,
            request.getMethod(),
            path,
            request.getContentType(),
            buffered.text(),
            maker.username());
    response.setStatus(HttpServletResponse.SC_ACCEPTED);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Location", "/api/v1/approvals/" + approval.id());
    response
        .getWriter()
        .write(
            json.writeValueAsString(
                new Held(
                    approval.id(),
                    approval.status(),
                    approval.kind(),
                    approval.operation(),
                    "held for a second person's approval: /api/v1/approvals/" + approval.id())));
  }

  /** The answer to a held command. */
  record Held(long approvalId, String status, String kind, String operation, String detail) {}
}
