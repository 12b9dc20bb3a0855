package dev.creditloop.scorecard.training;

import dev.creditloop.scorecard.binning.BinEdits;
import dev.creditloop.scorecard.binning.BinningSettings;
import dev.creditloop.scorecard.card.ScoreScaling;
import dev.creditloop.scorecard.regression.RegressionSettings;
import dev.creditloop.scorecard.selection.SelectionSettings;

/** Everything that shapes a trained scorecard. */
public record TrainingSettings(
    BinningSettings binning,
    BinEdits edits,
    SelectionSettings selection,
    RegressionSettings regression,
    ScoreScaling scaling) {

  public static TrainingSettings defaults() {
    return new TrainingSettings(
        BinningSettings.defaults(),
        BinEdits.none(),
        SelectionSettings.defaults(),
        RegressionSettings.defaults(),
        ScoreScaling.defaults());
  }

  public TrainingSettings withBinning(BinningSettings value) {
    return new TrainingSettings(value, edits, selection, regression, scaling);
  }

  public TrainingSettings withEdits(BinEdits value) {
    return new TrainingSettings(binning, value, selection, regression, scaling);
  }

  public TrainingSettings withSelection(SelectionSettings value) {
    return new TrainingSettings(binning, edits, value, regression, scaling);
  }

  public TrainingSettings withRegression(RegressionSettings value) {
    return new TrainingSettings(binning, edits, selection, value, scaling);
  }

  public TrainingSettings withScaling(ScoreScaling value) {
    return new TrainingSettings(binning, edits, selection, regression, value);
  }
}
