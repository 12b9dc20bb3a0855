package dev.creditloop.app;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the server where to look, once it is ready: after every start-up runner
 * (the toolbox's demo book) has finished, when readiness turns to ACCEPTING_TRAFFIC and the API
 * stops answering 503.
 */
@Component
class StartupBanner {

  private final Environment environment;
  private final ObjectProvider<SignInNote> signInNote;
  private int port;
  private boolean printed;

  StartupBanner(Environment environment, ObjectProvider<SignInNote> signInNote) {
    this.environment = environment;
    this.signInNote = signInNote;
  }

  @EventListener
  void onWebServer(WebServerInitializedEvent event) {
    port = event.getWebServer().getPort();
  }

  @EventListener
  void ready(AvailabilityChangeEvent<ReadinessState> event) {
    if (port == 0 || event.getState() != ReadinessState.ACCEPTING_TRAFFIC || printed) {
      return; // a command without the web server: nothing to look at
    }
    // the configured URL, as Spring Boot gives it to the pool
    String url = environment.getProperty("spring.datasource.url", "(embedded default)");
    printed = true;
    String base = "http://localhost:" + port;
    System.out.println(
        """

        creditloop is up.
          Console        %s/console
          API            %s/api/v1   (try %s/api/v1/loans?limit=20)
          API explorer   %s/swagger-ui.html
          OpenAPI        %s/v3/api-docs
          Business date  %s/api/v1/business-date
          Readiness      %s/actuator/health/readiness
          Database       %s
        """
                .formatted(base, base, base, base, base, base, base, url)
            + signIn());
  }

  private String signIn() {
    SignInNote note = signInNote.getIfAvailable();
    String lines = note == null ? "" : note.lines();
    if (lines.isEmpty()) {
      return "  Sign in        as admin (the password printed at first start, or creditloop.security.bootstrap-admin-password)\n";
    }
    return lines;
  }
}
