package dev.creditloop.decisioning.backtest;

import dev.creditloop.decisioning.strategy.Outcome;
import java.time.Instant;
import java.util.List;

/**
 * Two strategy versions over the same decision points: each one's report, how their outcomes cross
 * ({@code matrix[a][b]}, indexed by {@link Outcome#ordinal()}), and the swap sets.
 */
public record Comparison(
    BacktestReport first,
    BacktestReport second,
    long[][] matrix,
    List<Swap> approvedByFirstOnly,
    List<Swap> approvedBySecondOnly) {

  /**
   * A decision point the two versions decided differently: approved by one, rejected by the other.
   */
  public record Swap(int index, long customerId, Instant at, KnownOutcome outcome) {}

  /** Requests with outcome {@code a} under the first version and {@code b} under the second. */
  public long count(Outcome a, Outcome b) {
    return matrix[a.ordinal()][b.ordinal()];
  }

  /** Bad rate among a swap set, over the points whose outcome is known. */
  public static java.util.OptionalDouble badRate(List<Swap> swaps) {
    long bad = swaps.stream().filter(s -> s.outcome() == KnownOutcome.BAD).count();
    long good = swaps.stream().filter(s -> s.outcome() == KnownOutcome.GOOD).count();
    return bad + good == 0
        ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of((double) bad / (bad + good));
  }
}
