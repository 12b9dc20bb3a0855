package dev.creditloop.app.web;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's connector: NIO2 unless {@code creditloop.http.connector=nio} asks for Tomcat's default.
 *
 * <p>Why NIO2: most of a pre-check's server CPU is not creditloop's work but the HTTP exchange
 * around it, and with the default connector a quarter of it went to the poller thread that watches
 * the sockets and hands each request to a worker (session 12's profile, figures.md). NIO2 has no
 * poller: the worker threads wait on the sockets themselves. Measured back to back on one jar, it
 * spent less server CPU per pre-check and no more per drawdown (figures.md, session 12). Both are
 * Tomcat's own, fully supported connectors, with the same settings ({@code server.tomcat.*}).
 */
@Configuration(proxyBeanMethods = false)
class HttpConnector {

  static final Map<String, String> PROTOCOLS =
      Map.of(
          "nio2", "org.apache.coyote.http11.Http11Nio2Protocol",
          "nio", "org.apache.coyote.http11.Http11NioProtocol");

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectorProtocol(
      @Value("${creditloop.http.connector:nio2}") String connector) {
    return customizer(connector);
  }

  /** Sets the factory's protocol; an unknown name stops the start with what is allowed. */
  static WebServerFactoryCustomizer<TomcatServletWebServerFactory> customizer(String connector) {
    String protocol = PROTOCOLS.get(connector);
    if (protocol == null) {
      throw new IllegalArgumentException(
          "creditloop.http.connector must be nio2 or nio, not '" + connector + "'");
    }
    return factory -> factory.setProtocol(protocol);
  }
}
