package dev.creditloop.app;

import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the server where to look. */
@Component
class StartupBanner {

  private final DataSource dataSource;
  private final org.springframework.beans.factory.ObjectProvider<dev.creditloop.app.demo.DemoUsers> demoUsers;
  private int port;

  StartupBanner(DataSource dataSource,
                org.springframework.beans.factory.ObjectProvider<dev.creditloop.app.demo.DemoUsers> demoUsers) {
    this.dataSource = dataSource;
    this.demoUsers = demoUsers;
  }

  @EventListener
  void onWebServer(WebServerInitializedEvent event) {
    port = event.getWebServer().getPort();
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() throws Exception {
    if (port == 0) {
      return; // a command without the web server: nothing to look at
    }
    String url;
    try (var c = dataSource.getConnection()) {
      url = c.getMetaData().getURL();
    }
    String base = "http://localhost:" + port;
    System.out.println("""

        creditloop is up.
          API            %s/api/v1   (try %s/api/v1/loans?limit=20)
          API explorer   %s/swagger-ui.html
          OpenAPI        %s/v3/api-docs
          Business date  %s/api/v1/business-date
          Database       %s
        """.formatted(base, base, base, base, base, url) + signIn());
  }

  private String signIn() {
    dev.creditloop.app.demo.DemoUsers demo = demoUsers.getIfAvailable();
    if (demo == null || demo.users().isEmpty()) {
      return "  Sign in        as admin (the password printed at first start, or creditloop.security.bootstrap-admin-password)\n";
    }
    StringBuilder b = new StringBuilder("  Sign in        HTTP Basic for the API; demo users, password '")
        .append(dev.creditloop.app.demo.DemoUsers.PASSWORD).append("':\n");
    for (var user : demo.users()) {
      b.append(String.format("                   %-17s %s%s%n", user.username(), user.role(),
          user.agency() == null ? "" : " (agency " + user.agency() + ")"));
    }
    b.append("                 and admin (the password printed at first start)\n");
    return b.toString();
  }
}
