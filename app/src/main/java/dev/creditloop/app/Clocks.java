package dev.creditloop.app;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The wall clock, injected so nothing reads it directly. Business dates are separate. */
@Configuration
class Clocks {
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
