package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The server says it is ready only once its start-up work (the demo book) is done, and until then
 * answers the API with 503 {@code starting} (issue 9, defect 9b).
 */
class ReadinessIT extends ApiIT {

  /** What readiness said while start-up runners (the demo book among them) were still running. */
  static final AtomicReference<ReadinessState> DURING_START_UP = new AtomicReference<>();

  @TestConfiguration
  static class StartUpProbe {
    @Bean
    ApplicationRunner readinessDuringStartUp(ApplicationAvailability availability) {
      return args -> DURING_START_UP.set(availability.getReadinessState());
    }
  }

  @Autowired ApplicationContext context;

  @Test
  void notReadyWhileStartUpRunnersRunThenReady() {
    assertThat(DURING_START_UP.get()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
    Response ready = get("/actuator/health/readiness");
    assertThat(ready.status()).as(ready.raw()).isEqualTo(200);
    assertThat(ready.body().get("status").asString()).isEqualTo("UP");
  }

  @Test
  void whileNotReadyTheApiAnswers503StartingAndHealthStillAnswers() {
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      Response api = get("/api/v1/loans");
      assertThat(api.status()).as(api.raw()).isEqualTo(503);
      assertThat(api.contentType()).startsWith("application/problem+json");
      assertThat(api.body().get("code").asString()).isEqualTo("starting");
      Response readiness = get("/actuator/health/readiness");
      assertThat(readiness.status()).isEqualTo(503);
      assertThat(readiness.body().get("status").asString()).isEqualTo("OUT_OF_SERVICE");
      assertThat(get("/actuator/health/liveness").status()).isEqualTo(200);
    } finally {
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
    assertThat(get("/api/v1/loans").status()).isEqualTo(200);
  }
}
