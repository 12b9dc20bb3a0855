package dev.creditloop.scorecard.interchange;

import dev.creditloop.scorecard.binning.BinningSettings;
import dev.creditloop.scorecard.binning.SpecialValues;
import dev.creditloop.scorecard.data.CsvOptions;
import dev.creditloop.scorecard.data.CsvReader;
import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.data.Target;
import dev.creditloop.scorecard.training.ScorecardModel;
import dev.creditloop.scorecard.training.TrainScorecard;
import dev.creditloop.scorecard.training.TrainingSettings;
import java.util.Set;

/**
 * A small book whose card has a special value (-1 months), missing values in both columns and every
 * characteristic kept: the shapes of bins a PMML document has to carry besides plain ranges.
 */
final class SpecialValuesSample {

  private SpecialValuesSample() {}

  static LabelledData data() {
    StringBuilder csv = new StringBuilder("months,limit,y\n");
    for (int i = 0; i < 400; i++) {
      String months = i % 10 == 0 ? "-1" : i % 13 == 0 ? "" : Integer.toString(i % 48);
      csv.append(months)
          .append(',')
          .append(i % 7 == 0 ? "NA" : Integer.toString(1000 + 37 * i % 5000))
          .append(',')
          .append(i % 10 == 0 || (i % 48) > 36 || i % 5 == 1 ? "bad" : "good")
          .append('\n');
    }
    return new Target("y", "bad")
        .label(CsvReader.parse(csv.toString(), "s.csv", CsvOptions.defaults()));
  }

  static ScorecardModel train(LabelledData data) {
    TrainingSettings settings =
        TrainingSettings.defaults()
            .withBinning(
                BinningSettings.defaults()
                    .withSpecialValues(SpecialValues.everywhere(Set.of(-1.0))))
            .withSelection(TrainingSettings.defaults().selection().withIvMin(0));
    return new TrainScorecard(settings).train(data);
  }
}
