package dev.creditloop.lending.scoring;

import dev.creditloop.decisioning.strategy.CompiledStrategy;
import java.util.Optional;

/** Port: stored strategy versions, compiled. */
public interface ScoringStrategies {

  Optional<CompiledStrategy> active(String strategyId);

  /** The version compiled; throws when there is no such version. */
  CompiledStrategy compiled(String strategyId, int version);
}
