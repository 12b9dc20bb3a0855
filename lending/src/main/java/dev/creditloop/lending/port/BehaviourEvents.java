package dev.creditloop.lending.port;

import dev.creditloop.decisioning.event.BehaviourEvent;

/**
 * Port: where behaviour events enter the engine's features. Inside a unit of work the features see
 * an event once it is committed, except through {@link #recordAndSeeNow}.
 */
public interface BehaviourEvents {

  /** Stores the event; the features see it once it is stored for good. Answers it numbered. */
  BehaviourEvent record(BehaviourEvent event);

  /**
   * Stores the event and lets the features see it at once: for a drawdown request, which the
   * decision on that very request must count.
   */
  BehaviourEvent recordAndSeeNow(BehaviourEvent event);
}
