package dev.creditloop.scorecard.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.scorecard.GermanCredit;
import dev.creditloop.scorecard.binning.Bin;
import dev.creditloop.scorecard.binning.BinEdit;
import dev.creditloop.scorecard.binning.BinEdits;
import dev.creditloop.scorecard.data.Dataset;
import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.data.NumericColumn;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrainScorecardTest {

  private final LabelledData data = GermanCredit.labelled();

  @Test
  void theEditLogIsAppliedOnTopOfAutomaticBinningAndInEveryFold() {
    BinEdits edits =
        BinEdits.none()
            .then(new BinEdit.SplitAt("age", 40))
            .then(
                new BinEdit.SetGroups(
                    "housing", List.of(List.of("own"), List.of("rent", "for free"))));
    TrainingSettings settings = TrainingSettings.defaults().withEdits(edits);
    ScorecardModel model = new TrainScorecard(settings).train(data);
    assertThat(model.binning("age").bins())
        .anySatisfy(b -> assertThat(b.label()).endsWith(", 40)"));
    assertThat(model.binning("housing").bins())
        .extracting(Bin::label)
        .containsExactly("{own}", "{rent, for free}");
    CrossValidationResult cv = new CrossValidate(settings, 3, 1).run(data);
    assertThat(cv.folds()).hasSize(3);
  }

  @Test
  void editsNamingUnknownVariablesAreRefused() {
    TrainingSettings settings =
        TrainingSettings.defaults()
            .withEdits(BinEdits.none().then(new BinEdit.SplitAt("salary", 1)));
    assertThatThrownBy(() -> new TrainScorecard(settings).train(data))
        .hasMessageContaining("[salary]");
  }

  @Test
  void aVariableWithTheWrongSignIsDroppedWithAReason() {
    // proxy = z + noise is predictive on its own (it carries z), but once z is in the model the
    // outcome depends on proxy negatively: logit P(bad) = 2z - 0.8 proxy. Its WOE coefficient
    // comes out with the wrong sign, so it has to go.
    Random random = new Random(5);
    int n = 4000;
    double[] z = new double[n];
    double[] proxy = new double[n];
    boolean[] bad = new boolean[n];
    for (int i = 0; i < n; i++) {
      z[i] = random.nextGaussian();
      proxy[i] = z[i] + 0.5 * random.nextGaussian();
      bad[i] = random.nextDouble() < 1 / (1 + Math.exp(-(2 * z[i] - 0.8 * proxy[i] - 1)));
    }
    LabelledData sample =
        new LabelledData(
            new Dataset(List.of(new NumericColumn("z", z), new NumericColumn("proxy", proxy))),
            bad);
    TrainingSettings loose =
        TrainingSettings.defaults()
            .withSelection(TrainingSettings.defaults().selection().withMaxCorrelation(1.0));
    ScorecardModel model = new TrainScorecard(loose).train(sample);
    assertThat(model.binning("proxy").iv()).isGreaterThan(0.1);
    assertThat(model.decision("proxy").selected()).isFalse();
    assertThat(model.decision("proxy").reason()).contains("wrong sign");
    assertThat(model.modelVariables()).containsExactly("z");
    assertThat(model.fit().coefficient(0)).isNegative();
  }

  @Test
  void aSampleWithoutAnyUsefulVariableGivesAFlatCard() {
    Dataset features = data.features();
    TrainingSettings strict =
        TrainingSettings.defaults()
            .withSelection(TrainingSettings.defaults().selection().withIvMin(5));
    ScorecardModel model =
        new TrainScorecard(strict).train(new LabelledData(features, data.labels()));
    assertThat(model.modelVariables()).isEmpty();
    double[] scores = model.scores(features);
    // intercept only: ln(700/300) good:bad odds -> 487.12 + 28.85 * 0.8473 = 511.57 for everybody
    assertThat(scores[0]).isEqualTo(scores[999]);
    assertThat(scores[0]).isCloseTo(511.57, within(0.01));
  }
}
