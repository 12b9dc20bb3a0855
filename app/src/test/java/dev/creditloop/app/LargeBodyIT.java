package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A request body over the limit is a 413 problem naming the body, never a 500. */
class LargeBodyIT extends ApiIT {

  @Test
  void aBodyOverOneMegabyteIsRefusedAs413() {
    String huge = "{\"name\":\"" + "x".repeat(1_200_000) + "\"}";
    Response r = post("/api/v1/customers", huge);
    assertThat(r.status())
        .as(r.raw().length() > 300 ? r.raw().substring(0, 300) : r.raw())
        .isEqualTo(413);
    assertThat(r.contentType()).contains("application/problem+json");
    assertThat(r.body().get("code").asString()).isEqualTo("body-too-large");
    assertThat(r.body().get("field").asString()).isEqualTo("body");
  }
}
