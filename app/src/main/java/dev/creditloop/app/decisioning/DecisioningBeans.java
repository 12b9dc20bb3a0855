package dev.creditloop.app.decisioning;

import dev.creditloop.app.decisioning.persistence.DecisionLog;
import dev.creditloop.app.scope.DecisionCustomers;
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

  /** The data scope's view of the log: a decision is in scope when its customer is. */
  @Bean
  DecisionCustomers decisionCustomers(DecisionLog log) {
    return id -> log.find(id).map(DecisionLog.Logged::customerId);
  }
}
