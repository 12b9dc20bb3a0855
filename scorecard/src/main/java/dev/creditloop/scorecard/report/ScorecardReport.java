package dev.creditloop.scorecard.report;

import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.data.Target;
import dev.creditloop.scorecard.metrics.Evaluation;
import dev.creditloop.scorecard.training.CrossValidationResult;
import dev.creditloop.scorecard.training.SampleComparison;
import dev.creditloop.scorecard.training.ScorecardModel;
import dev.creditloop.scorecard.training.TrainingSettings;

/**
 * Everything a report shows.
 *
 * @param cv null when cross-validation was not run
 * @param stability null when no comparison sample was given
 */
public record ScorecardReport(
    DataSummary data,
    TrainingSettings settings,
    ScorecardModel model,
    Sample train,
    CrossValidationResult cv,
    SampleComparison stability) {

  /** Where the data came from and its shape. */
  public record DataSummary(
      String source,
      String target,
      String badValue,
      int rows,
      int goods,
      int bads,
      int variables) {}

  /** A scored sample: scores, outcomes and their metrics. */
  public record Sample(double[] scores, boolean[] bad, Evaluation evaluation) {
    public Sample {
      scores = scores.clone();
      bad = bad.clone();
    }

    @Override
    public double[] scores() {
      return scores.clone();
    }

    @Override
    public boolean[] bad() {
      return bad.clone();
    }
  }

  /** Scores the training sample with the model and assembles the report. */
  public static ScorecardReport of(
      String source,
      Target target,
      LabelledData data,
      TrainingSettings settings,
      ScorecardModel model,
      CrossValidationResult cv,
      SampleComparison stability) {
    double[] scores = model.scores(data.features());
    boolean[] bad = data.labels();
    DataSummary summary =
        new DataSummary(
            source,
            target.column(),
            target.badValue(),
            data.size(),
            data.goods(),
            data.bads(),
            data.features().columnNames().size());
    return new ScorecardReport(
        summary,
        settings,
        model,
        new Sample(scores, bad, Evaluation.of(scores, bad)),
        cv,
        stability);
  }
}
