package dev.creditloop.app.security;

import dev.creditloop.app.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 answers of the API as problem+json, like every other refusal. */
@Component
class ProblemResponses {

  private final JsonMapper json;
  private final List<RefusalListener> listeners;

  ProblemResponses(JsonMapper json, List<RefusalListener> listeners) {
    this.json = json;
    this.listeners = listeners;
  }

  AuthenticationEntryPoint unauthenticated() {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"creditloop\", charset=\"UTF-8\"");
      write(
          response,
          HttpStatus.UNAUTHORIZED,
          "unauthenticated",
          "valid credentials are required (HTTP Basic with a user's name and password)");
    };
  }

  /** A bearer API token that is unknown, expired or revoked (or whose user may not sign in). */
  AuthenticationEntryPoint invalidToken() {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      write(
          response,
          HttpStatus.UNAUTHORIZED,
          "unauthenticated",
          "the bearer token is not valid: unknown, expired or revoked, or its user may not sign in");
    };
  }

  AccessDeniedHandler forbidden() {
    return (request, response, e) -> {
      var auth =
          org.springframework.security.core.context.SecurityContextHolder.getContext()
              .getAuthentication();
      if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
        listeners.forEach(l -> l.refused(request, principal));
      }
      write(
          response,
          HttpStatus.FORBIDDEN,
          "forbidden",
          "your roles do not allow " + request.getMethod() + " " + request.getRequestURI());
    };
  }

  private void write(HttpServletResponse response, HttpStatus status, String code, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(json.writeValueAsString(Problems.of(status, code, detail, List.of())));
  }
}
