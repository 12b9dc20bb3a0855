package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The server listens with Tomcat's NIO2 connector (the default, {@code creditloop.http.connector})
 * and serves many requests over one persistent HTTP/1.1 connection, as a channel system's pool
 * sends them.
 */
class HttpConnectorIT extends ApiIT {

  @Autowired WebServerApplicationContext context;

  @Test
  void theConnectorIsNio2() {
    TomcatWebServer server = (TomcatWebServer) context.getWebServer();
    assertThat(server.getTomcat().getConnector().getProtocolHandler().getClass().getName())
        .isEqualTo("org.apache.coyote.http11.Http11Nio2Protocol");
  }

  @Test
  void manyRequestsOnOnePersistentConnection() throws Exception {
    AbstractProtocol<?> protocol =
        (AbstractProtocol<?>)
            ((TomcatWebServer) context.getWebServer())
                .getTomcat()
                .getConnector()
                .getProtocolHandler();
    long before = protocol.getConnectionCount();
    // one client, one request at a time: it keeps using one connection, which the server keeps open
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = 0; i < 50; i++) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("UP");
    }
    assertThat(protocol.getConnectionCount()).isBetween(1L, before + 1);
  }
}
