package dev.creditloop.decisioning.backtest;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What a strategy did over a set of decision points. Rules are named {@code step/rule}. Bad rates
 * count only points whose outcome is known: bad / (bad + good).
 */
public record BacktestReport(
    String strategyId,
    int version,
    long total,
    long approved,
    long reviewed,
    long rejected,
    List<RuleStat> rules,
    List<RuleOverlap> overlaps,
    OutcomeCounts approvedOutcomes,
    OutcomeCounts reviewedOutcomes,
    OutcomeCounts rejectedOutcomes) {

  /** How often a rule held. */
  public record RuleStat(String rule, long hits, double rate) {}

  /**
   * Two rules holding on the same request: {@code both} times, and {@code jaccard} = both /
   * (either), 1 when one rule never holds without the other.
   */
  public record RuleOverlap(String first, String second, long both, double jaccard) {}

  /** Known outcomes among some decisions. */
  public record OutcomeCounts(long good, long bad) {

    public OptionalDouble badRate() {
      long known = good + bad;
      return known == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) bad / known);
    }
  }

  public double approveRate() {
    return rate(approved);
  }

  public double reviewRate() {
    return rate(reviewed);
  }

  public double rejectRate() {
    return rate(rejected);
  }

  public OptionalDouble badRateOfApproved() {
    return approvedOutcomes.badRate();
  }

  public OptionalDouble badRateOfRejected() {
    return rejectedOutcomes.badRate();
  }

  /** The hit rate of {@code step/rule}, 0 when it never held. */
  public double hitRate(String rule) {
    return rules.stream()
        .filter(r -> r.rule().equals(rule))
        .mapToDouble(RuleStat::rate)
        .findFirst()
        .orElse(0);
  }

  /** The {@code n} pairs of rules that hold together most often. */
  public List<RuleOverlap> topOverlaps(int n) {
    return overlaps.subList(0, Math.min(n, overlaps.size()));
  }

  private double rate(long count) {
    return total == 0 ? 0 : (double) count / total;
  }
}
