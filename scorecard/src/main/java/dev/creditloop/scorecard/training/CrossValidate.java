package dev.creditloop.scorecard.training;

import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.metrics.Auc;
import dev.creditloop.scorecard.metrics.Ks;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Stratified, seeded k-fold cross-validation of the whole training pipeline. */
public final class CrossValidate {

  private final TrainingSettings settings;
  private final int k;
  private final long seed;

  public CrossValidate(TrainingSettings settings, int k, long seed) {
    this.settings = settings;
    this.k = k;
    this.seed = seed;
  }

  public CrossValidationResult run(LabelledData data) {
    boolean[] bad = data.labels();
    int[] fold = StratifiedFolds.assign(bad, k, seed);
    double[] outOfFold = new double[data.size()];
    List<FoldResult> results = new ArrayList<>();
    TrainScorecard trainer = new TrainScorecard(settings);
    for (int f = 0; f < k; f++) {
      int[] trainRows = rowsWhere(fold, f, false);
      int[] testRows = rowsWhere(fold, f, true);
      ScorecardModel model = trainer.train(data.select(trainRows));
      LabelledData test = data.select(testRows);
      double[] scores = model.scores(test.features());
      for (int i = 0; i < testRows.length; i++) {
        outOfFold[testRows[i]] = scores[i];
      }
      boolean[] testBad = test.labels();
      double auc = Auc.of(scores, testBad);
      results.add(
          new FoldResult(
              f,
              trainRows.length,
              testRows.length,
              auc,
              Ks.of(scores, testBad).statistic(),
              Auc.gini(auc),
              model.modelVariables()));
    }
    double meanAuc = results.stream().mapToDouble(FoldResult::auc).average().orElseThrow();
    double meanKs = results.stream().mapToDouble(FoldResult::ks).average().orElseThrow();
    double variance =
        results.stream().mapToDouble(r -> (r.auc() - meanAuc) * (r.auc() - meanAuc)).sum()
            / (k - 1);
    double pooledAuc = Auc.of(outOfFold, bad);
    return new CrossValidationResult(
        k,
        seed,
        results,
        new CrossValidationResult.Summary(meanAuc, meanKs, Auc.gini(meanAuc)),
        Math.sqrt(variance),
        new CrossValidationResult.Summary(
            pooledAuc, Ks.of(outOfFold, bad).statistic(), Auc.gini(pooledAuc)),
        outOfFold);
  }

  private static int[] rowsWhere(int[] fold, int f, boolean inFold) {
    return IntStream.range(0, fold.length).filter(i -> (fold[i] == f) == inFold).toArray();
  }
}
