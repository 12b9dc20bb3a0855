package dev.creditloop.decisioning.backtest;

import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.decisioning.strategy.Decision;
import dev.creditloop.decisioning.strategy.DecisionRequest;
import dev.creditloop.decisioning.strategy.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays compiled strategies over historical decision points. Each point's features are built
 * once, as of its instant, and every strategy decides on the same array, so a comparison differs
 * only by the strategies.
 */
public final class Backtest {

  private final FeaturesAsOf features;

  public Backtest(FeaturesAsOf features) {
    this.features = features;
  }

  public BacktestReport run(
      CompiledStrategy strategy, HistoricalRequests requests, BacktestProgress progress) {
    Tally tally = new Tally(strategy.id(), strategy.version());
    replay(
        requests,
        progress,
        (index, request, f) -> tally.add(strategy.decide(request(request, f)), request.outcome()));
    return tally.report();
  }

  public Comparison compare(
      CompiledStrategy first,
      CompiledStrategy second,
      HistoricalRequests requests,
      BacktestProgress progress) {
    Tally a = new Tally(first.id(), first.version());
    Tally b = new Tally(second.id(), second.version());
    long[][] matrix = new long[3][3];
    List<Comparison.Swap> firstOnly = new ArrayList<>();
    List<Comparison.Swap> secondOnly = new ArrayList<>();
    replay(
        requests,
        progress,
        (index, request, f) -> {
          DecisionRequest r = request(request, f);
          Decision da = first.decide(r);
          Decision db = second.decide(r);
          a.add(da, request.outcome());
          b.add(db, request.outcome());
          matrix[da.outcome().ordinal()][db.outcome().ordinal()]++;
          if (da.outcome() == Outcome.APPROVE && db.outcome() == Outcome.REJECT) {
            firstOnly.add(swap(index, request));
          } else if (da.outcome() == Outcome.REJECT && db.outcome() == Outcome.APPROVE) {
            secondOnly.add(swap(index, request));
          }
        });
    return new Comparison(
        a.report(), b.report(), matrix, List.copyOf(firstOnly), List.copyOf(secondOnly));
  }

  private interface Step {
    void accept(int index, HistoricalRequest request, double[] features);
  }

  private void replay(HistoricalRequests requests, BacktestProgress progress, Step step) {
    long total = requests.size();
    long every = Math.max(1, total / 100);
    int index = 0;
    for (HistoricalRequest request : requests) {
      double[] f =
          features.featuresAsOf(
              request.customerId(),
              request.lineId(),
              request.deviceId(),
              request.at(),
              request.requestInputs());
      step.accept(index, request, f);
      index++;
      if (index % every == 0 && index != total) {
        progress.progress(index, total);
      }
    }
    progress.progress(index, total);
  }

  private static DecisionRequest request(HistoricalRequest r, double[] f) {
    return new DecisionRequest(r.customerId(), r.idNumber(), r.phone(), r.deviceId(), r.at(), f);
  }

  private static Comparison.Swap swap(int index, HistoricalRequest r) {
    return new Comparison.Swap(index, r.customerId(), r.at(), r.outcome());
  }
}
