package dev.creditloop.lending.scoring;

import java.time.LocalDate;

/**
 * Score as of the close of {@code asOf} with scorecard step {@code step} of a strategy version;
 * nulls take the defaults (the last closed day, the default strategy's active version, the default
 * step).
 */
public record ScoringCommand(LocalDate asOf, String strategyId, Integer version, String step) {

  public static ScoringCommand defaults() {
    return new ScoringCommand(null, null, null, null);
  }
}
