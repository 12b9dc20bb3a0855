package dev.creditloop.lending.scoring;

import java.util.Objects;

/**
 * What a pass scores with when not told (the drawdown strategy, its scorecard step) and on how many
 * threads.
 */
public record ScoringDefaults(String strategyId, String step, int threads) {

  public ScoringDefaults {
    Objects.requireNonNull(strategyId, "strategyId");
    Objects.requireNonNull(step, "step");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive");
    }
  }
}
