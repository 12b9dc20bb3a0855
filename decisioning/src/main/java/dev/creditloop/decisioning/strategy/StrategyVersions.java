package dev.creditloop.decisioning.strategy;

import java.util.Optional;

/**
 * Other versions of a strategy, which champion/challenger arms may run; the app reads its table.
 */
@FunctionalInterface
public interface StrategyVersions {

  Optional<StrategyDocument> find(String strategyId, int version);

  static StrategyVersions none() {
    return (id, version) -> Optional.empty();
  }
}
