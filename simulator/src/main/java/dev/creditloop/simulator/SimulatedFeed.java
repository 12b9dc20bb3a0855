package dev.creditloop.simulator;

import dev.creditloop.decisioning.event.BehaviourEvent;
import java.util.List;

/**
 * Where the simulation's behaviour events go: each as it is logged, and the whole day when it ends
 * (the close's events come only then). A strategy in the loop ({@code
 * tools.simulator.StrategyJudge}) builds its features from it, as the server's drawdown gate reads
 * the behaviour feed; the decision itself is asked of the lending module's {@code DrawdownGate}.
 */
public interface SimulatedFeed {

  /** No one listens. */
  SimulatedFeed NONE = new SimulatedFeed() {};

  /** An event of the day, as it is logged. */
  default void observe(BehaviourEvent event) {}

  /** The day is over: all of its events, in the order logged (the close's last). */
  default void dayEnded(List<BehaviourEvent> events) {}
}
