package dev.creditloop.app.decisioning;

import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java decisioning pieces, wired with plain @Bean methods. */
@Configuration
class DecisioningBeans {

  @Bean
  BehaviourCatalogue behaviourCatalogue() {
    return BehaviourCatalogue.standard();
  }
}
