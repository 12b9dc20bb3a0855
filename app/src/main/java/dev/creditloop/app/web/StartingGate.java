package dev.creditloop.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 503 {@code starting} to every call but the health probes until the application is ready.
 * The web server listens before the start-up work ends (the demo book loads after it), and a client
 * browsing then would see a partial book; Spring Boot declares readiness only after every start-up
 * runner has finished, which {@code /actuator/health/readiness} reports and this gate follows.
 */
@Component
class StartingGate extends OncePerRequestFilter {

  private final ApplicationAvailability availability;
  private final JsonMapper json;

  StartingGate(ApplicationAvailability availability, JsonMapper json) {
    this.availability = availability;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/actuator/health");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
      chain.doFilter(request, response);
      return;
    }
    var problem =
        Problems.of(
            HttpStatus.SERVICE_UNAVAILABLE,
            "starting",
            "the server is starting (loading its book); ask again when /actuator/health/readiness is UP",
            List.of());
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setHeader("Retry-After", "5");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getWriter().write(json.writeValueAsString(problem));
  }
}
