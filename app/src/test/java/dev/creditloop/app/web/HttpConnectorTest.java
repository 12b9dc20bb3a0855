package dev.creditloop.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

class HttpConnectorTest {

  @Test
  void nio2ByDefaultNioOnRequest() {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
    HttpConnector.customizer("nio2").customize(factory);
    assertThat(factory.getProtocol()).isEqualTo("org.apache.coyote.http11.Http11Nio2Protocol");
    HttpConnector.customizer("nio").customize(factory);
    assertThat(factory.getProtocol()).isEqualTo("org.apache.coyote.http11.Http11NioProtocol");
  }

  @Test
  void anUnknownConnectorStopsTheStartSayingWhatIsAllowed() {
    assertThatThrownBy(() -> HttpConnector.customizer("apr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nio2 or nio")
        .hasMessageContaining("'apr'");
  }
}
