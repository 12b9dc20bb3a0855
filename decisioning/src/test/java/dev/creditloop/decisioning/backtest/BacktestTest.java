package dev.creditloop.decisioning.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.decisioning.expr.TestCatalogue;
import dev.creditloop.decisioning.list.ListEntries;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.decisioning.strategy.Outcome;
import dev.creditloop.decisioning.strategy.StrategyCompiler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Six decision points small enough to count by hand; the expected figures are worked below. */
class BacktestTest {

  static final TestCatalogue CATALOGUE = TestCatalogue.withGenerated(5);
  static final StrategyCompiler COMPILER = new StrategyCompiler(CATALOGUE, ListEntries.none());
  static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

  static CompiledStrategy strategy(int version, String rules) {
    return COMPILER
        .compile(
            "id: bt\nversion: "
                + version
                + "\n"
                + "segments: [{name: all, when: \"true\", flow: main}]\n"
                + "flows:\n  main:\n    steps:\n"
                + "      - {type: rules, id: r, mode: ALL_MATCH, rules: ["
                + rules
                + "]}\n")
        .orElseThrow();
  }

  static final CompiledStrategy V1 =
      strategy(
          1,
          "{id: A, when: \"f0 > 1\", action: REJECT, reason: A},"
              + "{id: B, when: \"f1 > 1\", action: REVIEW, reason: B},"
              + "{id: C, when: \"f2 > 1\", action: REJECT, reason: C}");

  static final CompiledStrategy V2 =
      strategy(
          2,
          "{id: A, when: \"f0 > 1.8\", action: REJECT, reason: A},"
              + "{id: B, when: \"f1 > 1\", action: REVIEW, reason: B},"
              + "{id: D, when: \"f3 > 1\", action: REJECT, reason: D}");

  /** customer -> features at the decision point. */
  static final Map<Long, Object[]> FEATURES =
      Map.of(
          1L, new Object[] {"f0", 2},
          2L, new Object[] {"f0", 2, "f2", 2},
          3L, new Object[] {"f1", 2},
          4L, new Object[] {},
          5L, new Object[] {"f3", 5},
          6L, new Object[] {"f0", 1.5, "f2", 2});

  static final KnownOutcome[] OUTCOMES = {
    KnownOutcome.BAD, KnownOutcome.BAD, KnownOutcome.GOOD,
    KnownOutcome.GOOD, KnownOutcome.BAD, KnownOutcome.UNKNOWN
  };

  final List<Instant> askedAt = new ArrayList<>();
  final Backtest backtest =
      new Backtest(
          (customer, line, device, at, inputs) -> {
            askedAt.add(at);
            assertThat(inputs).containsEntry("amount", 1000.0 * customer);
            return CATALOGUE.values(FEATURES.get(customer));
          });

  static HistoricalRequests requests() {
    List<HistoricalRequest> list = new ArrayList<>();
    for (long c = 1; c <= 6; c++) {
      list.add(
          new HistoricalRequest(
              c,
              100 + c,
              null,
              null,
              "d" + c,
              T.plusSeconds(c),
              Map.of("amount", 1000.0 * c),
              OUTCOMES[(int) c - 1]));
    }
    return HistoricalRequests.of(list);
  }

  @Test
  void ratesHitsOverlapsAndBadRates() {
    BacktestReport r = backtest.run(V1, requests(), BacktestProgress.none());
    // 1 A, 2 A+C, 3 B, 4 -, 5 -, 6 A+C: rejected 1, 2, 6; reviewed 3; approved 4, 5
    assertThat(r.total()).isEqualTo(6);
    assertThat(r.approveRate()).isCloseTo(2 / 6.0, within(1e-12));
    assertThat(r.reviewRate()).isCloseTo(1 / 6.0, within(1e-12));
    assertThat(r.rejectRate()).isCloseTo(3 / 6.0, within(1e-12));
    assertThat(r.rules())
        .containsExactly(
            new BacktestReport.RuleStat("r/A", 3, 0.5),
            new BacktestReport.RuleStat("r/C", 2, 2 / 6.0),
            new BacktestReport.RuleStat("r/B", 1, 1 / 6.0));
    assertThat(r.hitRate("r/A")).isEqualTo(0.5);
    assertThat(r.hitRate("r/Z")).isZero();
    // A and C together on 2 and 6; A alone on 1: jaccard 2 / (3 + 2 - 2)
    assertThat(r.topOverlaps(5))
        .containsExactly(new BacktestReport.RuleOverlap("r/A", "r/C", 2, 2 / 3.0));
    // approved: 4 good, 5 bad; rejected: 1 bad, 2 bad, 6 unknown
    assertThat(r.badRateOfApproved()).hasValue(0.5);
    assertThat(r.badRateOfRejected()).hasValue(1.0);
    assertThat(r.reviewedOutcomes().badRate()).hasValue(0.0);
    assertThat(askedAt)
        .containsExactly(
            T.plusSeconds(1),
            T.plusSeconds(2),
            T.plusSeconds(3),
            T.plusSeconds(4),
            T.plusSeconds(5),
            T.plusSeconds(6));
  }

  @Test
  void twoVersionsSideBySideWithTheirSwapSets() {
    Comparison c = backtest.compare(V1, V2, requests(), BacktestProgress.none());
    // v2: 1 A, 2 A, 3 B, 4 -, 5 D, 6 - (f0 1.5 is no longer above the threshold)
    assertThat(c.second().approved()).isEqualTo(2);
    assertThat(c.second().rejected()).isEqualTo(3);
    assertThat(c.second().badRateOfApproved()).hasValue(0.0);
    assertThat(c.count(Outcome.REJECT, Outcome.REJECT)).isEqualTo(2);
    assertThat(c.count(Outcome.REVIEW, Outcome.REVIEW)).isEqualTo(1);
    assertThat(c.count(Outcome.APPROVE, Outcome.APPROVE)).isEqualTo(1);
    assertThat(c.count(Outcome.APPROVE, Outcome.REJECT)).isEqualTo(1);
    assertThat(c.count(Outcome.REJECT, Outcome.APPROVE)).isEqualTo(1);
    assertThat(c.approvedByFirstOnly())
        .containsExactly(new Comparison.Swap(4, 5, T.plusSeconds(5), KnownOutcome.BAD));
    assertThat(c.approvedBySecondOnly())
        .containsExactly(new Comparison.Swap(5, 6, T.plusSeconds(6), KnownOutcome.UNKNOWN));
    assertThat(Comparison.badRate(c.approvedByFirstOnly())).hasValue(1.0);
    assertThat(Comparison.badRate(c.approvedBySecondOnly())).isEmpty();
    // features are built once per point and shared by both versions
    assertThat(askedAt).hasSize(6);
  }

  @Test
  void progressIsReportedUpToTheTotal() {
    List<long[]> calls = new ArrayList<>();
    backtest.run(V1, requests(), (done, total) -> calls.add(new long[] {done, total}));
    assertThat(calls).isNotEmpty();
    assertThat(calls.get(calls.size() - 1)).containsExactly(6, 6);
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isGreaterThan(calls.get(i - 1)[0]);
    }
  }
}
