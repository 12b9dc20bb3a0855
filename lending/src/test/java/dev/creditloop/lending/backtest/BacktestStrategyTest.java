package dev.creditloop.lending.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.decisioning.backtest.BacktestReport;
import dev.creditloop.decisioning.backtest.Comparison;
import dev.creditloop.decisioning.backtest.FeaturesAsOf;
import dev.creditloop.decisioning.backtest.HistoricalRequest;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.list.ListEntries;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.decisioning.strategy.StrategyCompiler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Five drawdown requests, one a day from 1 March 2025, of 1,000.00 to 5,000.00 by customers 1 to 5;
 * one more on 28 February, outside the period. Version 1 rejects above 3,500.00, version 2 above
 * 1,500.00. Customer 2 reached M2 on 10 March, customer 3 only on 20 April.
 */
class BacktestStrategyTest {

  private static final BehaviourCatalogue CATALOGUE = BehaviourCatalogue.standard();
  private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

  private static CompiledStrategy rejectingAbove(int version, int amount) {
    return new StrategyCompiler(CATALOGUE, ListEntries.none())
        .compile(
            "id: bt\nversion: "
                + version
                + "\nsegments: [{name: all, when: \"true\", flow: main}]\n"
                + "flows:\n  main:\n    steps:\n"
                + "      - {type: rules, id: r, mode: ALL_MATCH, rules: ["
                + "{id: BIG, when: \"request_amount > "
                + amount
                + "\", action: REJECT, reason: BIG}]}\n")
        .orElseThrow();
  }

  private static final Map<Integer, CompiledStrategy> VERSIONS =
      Map.of(1, rejectingAbove(1, 3500), 2, rejectingAbove(2, 1500));

  private static Instant at(LocalDate day) {
    return day.atTime(LocalTime.NOON).atZone(BehaviourCatalogue.ZONE).toInstant();
  }

  private static HistoricalRequest request(long customer, LocalDate day) {
    return new HistoricalRequest(
        customer,
        customer,
        "id" + customer,
        "phone" + customer,
        null,
        at(day),
        Map.of(BehaviourCatalogue.REQUEST_AMOUNT, 1000.0 * customer),
        null);
  }

  private final List<HistoricalRequest> recorded = new ArrayList<>();
  private final Map<Long, LocalDate> wentBadOn =
      Map.of(2L, MARCH_1.plusDays(9), 3L, LocalDate.of(2025, 4, 20));
  private final List<Instant> askedFeaturesAt = new ArrayList<>();
  private LocalDate businessDate = LocalDate.of(2025, 4, 1);

  {
    recorded.add(request(9, MARCH_1.minusDays(1)));
    for (long c = 1; c <= 5; c++) {
      recorded.add(request(c, MARCH_1.plusDays(c - 1)));
    }
  }

  private final RecordedDrawdownRequests requests =
      (from, until) ->
          recorded.stream().filter(r -> !r.at().isBefore(from) && r.at().isBefore(until)).toList();

  private final DelinquencyOutcomes outcomes =
      (customer, after, through) -> {
        LocalDate bad = wentBadOn.get(customer);
        return bad != null && bad.isAfter(after) && !bad.isAfter(through);
      };

  private final FeaturesAsOf features =
      (customer, line, device, at, inputs) -> {
        askedFeaturesAt.add(at);
        double[] f = CATALOGUE.newFeatureArray();
        f[CATALOGUE.slotOf(BehaviourCatalogue.REQUEST_AMOUNT).getAsInt()] =
            inputs.get(BehaviourCatalogue.REQUEST_AMOUNT);
        return f;
      };

  private BacktestStrategy backtest() {
    return new BacktestStrategy(
        requests, outcomes, (id, version) -> VERSIONS.get(version), features, () -> businessDate);
  }

  private final List<long[]> progress = new ArrayList<>();

  private BacktestOutcome run(Integer compareWith, int outcomeDays) {
    return backtest()
        .run(
            new BacktestCommand("bt", 1, compareWith, MARCH_1, MARCH_1.plusDays(4), outcomeDays),
            (done, total) -> progress.add(new long[] {done, total}));
  }

  @Test
  void replaysTheRequestsOfThePeriodWithTheFeaturesAsOfEachRequest() {
    BacktestOutcome outcome = run(null, 20);

    assertThat(outcome).isInstanceOf(BacktestOutcome.OneVersion.class);
    assertThat(outcome.requests()).isEqualTo(5);
    BacktestReport report = ((BacktestOutcome.OneVersion) outcome).report();
    assertThat(report.total()).isEqualTo(5);
    assertThat(report.approved()).isEqualTo(3);
    assertThat(report.rejected()).isEqualTo(2);
    assertThat(askedFeaturesAt)
        .as("each request as of its own instant, in order, none outside the period")
        .containsExactly(
            at(MARCH_1),
            at(MARCH_1.plusDays(1)),
            at(MARCH_1.plusDays(2)),
            at(MARCH_1.plusDays(3)),
            at(MARCH_1.plusDays(4)));
  }

  @Test
  void aRequestIsBadWhenItsCustomerReachedM2WithinTheWindowAndUnknownWhileTheWindowIsOpen() {
    // every 20-day window ended by 31 March, the last closed day: all known
    BacktestReport known = ((BacktestOutcome.OneVersion) run(null, 20)).report();
    assertThat(known.approvedOutcomes()).isEqualTo(new BacktestReport.OutcomeCounts(2, 1));
    assertThat(known.rejectedOutcomes()).isEqualTo(new BacktestReport.OutcomeCounts(2, 0));
    assertThat(known.badRateOfApproved().getAsDouble()).isCloseTo(1.0 / 3, within(1e-9));

    // on 24 March the windows of 4 and 5 March (ending 24 and 25 March) are still open
    businessDate = LocalDate.of(2025, 3, 24);
    BacktestReport open = ((BacktestOutcome.OneVersion) run(null, 20)).report();
    assertThat(open.rejectedOutcomes()).isEqualTo(new BacktestReport.OutcomeCounts(0, 0));
    assertThat(open.approvedOutcomes()).isEqualTo(new BacktestReport.OutcomeCounts(2, 1));
  }

  @Test
  void comparesTwoVersionsOnTheSameRequests() {
    BacktestOutcome outcome = run(2, 20);

    assertThat(outcome).isInstanceOf(BacktestOutcome.TwoVersions.class);
    Comparison c = ((BacktestOutcome.TwoVersions) outcome).comparison();
    assertThat(c.first().approved()).isEqualTo(3);
    assertThat(c.second().approved()).isEqualTo(1);
    assertThat(c.approvedByFirstOnly())
        .extracting(Comparison.Swap::customerId)
        .containsExactly(2L, 3L);
    assertThat(askedFeaturesAt).as("features built once per request").hasSize(5);
  }

  @Test
  void reportsProgressFromNoneToAllWithoutGoingBack() {
    run(2, 20);

    assertThat(progress).isNotEmpty();
    assertThat(progress.get(0)).containsExactly(0, 5);
    assertThat(progress.get(progress.size() - 1)).containsExactly(5, 5);
    for (int i = 1; i < progress.size(); i++) {
      assertThat(progress.get(i)[0]).isGreaterThanOrEqualTo(progress.get(i - 1)[0]);
      assertThat(progress.get(i)[1]).isEqualTo(5);
    }
  }

  @Test
  void anEmptyPeriodReportsNoneOfNone() {
    recorded.clear();
    BacktestOutcome outcome = run(null, 20);
    assertThat(outcome.requests()).isZero();
    assertThat(progress).allSatisfy(p -> assertThat(p).containsExactly(0, 0));
  }
}
