package dev.creditloop.app;

import javax.sql.DataSource;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the server where to look, once it is ready: after every start-up runner
 * (the demo book) has finished, when readiness turns to ACCEPTING_TRAFFIC and the API stops
 * answering 503.
 */
@Component
class StartupBanner {

  private final DataSource dataSource;
  private final org.springframework.beans.factory.ObjectProvider<dev.creditloop.app.demo.DemoUsers>
      demoUsers;
  private int port;
  private boolean printed;

  StartupBanner(
      DataSource dataSource,
      org.springframework.beans.factory.ObjectProvider<dev.creditloop.app.demo.DemoUsers>
          demoUsers) {
    this.dataSource = dataSource;
    this.demoUsers = demoUsers;
  }

  @EventListener
  void onWebServer(WebServerInitializedEvent event) {
    port = event.getWebServer().getPort();
  }

  @EventListener
  void ready(AvailabilityChangeEvent<ReadinessState> event) throws Exception {
    if (port == 0 || event.getState() != ReadinessState.ACCEPTING_TRAFFIC || printed) {
      return; // a command without the web server: nothing to look at
    }
    String url;
    try (var c = dataSource.getConnection()) {
      url = c.getMetaData().getURL();
    }
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
    dev.creditloop.app.demo.DemoUsers demo = demoUsers.getIfAvailable();
    if (demo == null || demo.users().isEmpty()) {
      return "  Sign in        as admin (the password printed at first start, or creditloop.security.bootstrap-admin-password)\n";
    }
    StringBuilder b =
        new StringBuilder(
                "  Sign in        at the console (HTTP Basic for the API) as a demo user, password '")
            .append(dev.creditloop.app.demo.DemoUsers.PASSWORD)
            .append("':\n");
    for (var user : demo.users()) {
      b.append(
          String.format(
              "                   %-17s %s%s%n",
              user.username(),
              user.role(),
              user.agency() == null ? "" : " (agency " + user.agency() + ")"));
    }
    b.append("                 and admin (the password printed at first start)\n");
    return b.toString();
  }
}
