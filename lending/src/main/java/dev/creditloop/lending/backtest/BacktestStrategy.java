package dev.creditloop.lending.backtest;

import dev.creditloop.decisioning.backtest.Backtest;
import dev.creditloop.decisioning.backtest.BacktestProgress;
import dev.creditloop.decisioning.backtest.FeaturesAsOf;
import dev.creditloop.decisioning.backtest.HistoricalRequest;
import dev.creditloop.decisioning.backtest.HistoricalRequests;
import dev.creditloop.decisioning.backtest.KnownOutcome;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replays the drawdown requests of a period through a strategy version with the features as they
 * were at each request (recomputed from stored events, never today's values). Where the outcome is
 * known by now, it says whether the customer went bad: a loan reaching M2 (31+ days past due)
 * within the outcome window after the request; a window reaching past the last closed day with no
 * M2 yet is unknown.
 *
 * <p>Progress is told as requests replayed out of all, from 0 once the requests are read (reading
 * them is the first, unmeasured part of a run) to all at the end, never going back.
 */
public final class BacktestStrategy {

  /** The book's days are those of the engine's calendar. */
  private static final ZoneId ZONE = BehaviourCatalogue.ZONE;

  private final RecordedDrawdownRequests requests;
  private final DelinquencyOutcomes outcomes;
  private final CompiledVersions versions;
  private final FeaturesAsOf features;
  private final BusinessDates dates;

  public BacktestStrategy(
      RecordedDrawdownRequests requests,
      DelinquencyOutcomes outcomes,
      CompiledVersions versions,
      FeaturesAsOf features,
      BusinessDates dates) {
    this.requests = Objects.requireNonNull(requests);
    this.outcomes = Objects.requireNonNull(outcomes);
    this.versions = Objects.requireNonNull(versions);
    this.features = Objects.requireNonNull(features);
    this.dates = Objects.requireNonNull(dates);
  }

  public BacktestOutcome run(BacktestCommand command, BacktestProgress progress) {
    CompiledStrategy first = versions.compiled(command.strategyId(), command.version());
    CompiledStrategy second =
        command.compareWithVersion() == null
            ? null
            : versions.compiled(command.strategyId(), command.compareWithVersion());
    List<HistoricalRequest> history = history(command);
    progress.progress(0, history.size());
    Backtest backtest = new Backtest(features);
    if (second == null) {
      return new BacktestOutcome.OneVersion(
          command, history.size(), backtest.run(first, HistoricalRequests.of(history), progress));
    }
    return new BacktestOutcome.TwoVersions(
        command,
        history.size(),
        backtest.compare(first, second, HistoricalRequests.of(history), progress));
  }

  private List<HistoricalRequest> history(BacktestCommand command) {
    LocalDate knownThrough = dates.today().minusDays(1);
    List<HistoricalRequest> made =
        requests.madeBetween(
            command.from().atStartOfDay(ZONE).toInstant(),
            command.to().plusDays(1).atStartOfDay(ZONE).toInstant());
    List<HistoricalRequest> out = new ArrayList<>(made.size());
    for (HistoricalRequest h : made) {
      LocalDate day = LocalDate.ofInstant(h.at(), ZONE);
      LocalDate windowEnd = day.plusDays(command.outcomeDays());
      KnownOutcome outcome =
          outcomes.wentBad(h.customerId(), day, windowEnd)
              ? KnownOutcome.BAD
              : windowEnd.isAfter(knownThrough) ? KnownOutcome.UNKNOWN : KnownOutcome.GOOD;
      out.add(
          new HistoricalRequest(
              h.customerId(),
              h.lineId(),
              h.idNumber(),
              h.phone(),
              h.deviceId(),
              h.at(),
              h.requestInputs(),
              outcome));
    }
    return out;
  }
}
