package dev.creditloop.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call that brings {@code Authorization: Bearer clt_...}: a known, live token
 * signs the call in as its user; any other {@code clt_} token is answered 401 at once. Other
 * requests pass untouched (HTTP Basic comes next). Not a bean: Spring Boot would also register it
 * for every request outside the API's filter chain.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiTokens tokens;
  private final AuthenticationEntryPoint refused;

  ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint refused) {
    this.tokens = tokens;
    this.refused = refused;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
        || !header.startsWith(ApiTokens.PREFIX, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    var authentication = tokens.authenticate(header.substring(BEARER.length()).strip());
    if (authentication.isEmpty()) {
      SecurityContextHolder.clearContext();
      refused.commence(
          request, response, new BadCredentialsException("unknown, expired or revoked token"));
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication.get());
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }
}
