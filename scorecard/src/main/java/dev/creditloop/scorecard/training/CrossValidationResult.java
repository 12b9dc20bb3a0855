package dev.creditloop.scorecard.training;

import java.util.List;

/**
 * Per-fold results and their means (what is usually quoted as "CV AUC"), plus the metrics of all
 * out-of-fold scores pooled.
 *
 * @param outOfFoldScores each row's score from the card that did not see it
 */
public record CrossValidationResult(
    int k,
    long seed,
    List<FoldResult> folds,
    Summary mean,
    double aucStandardDeviation,
    Summary pooled,
    double[] outOfFoldScores) {

  public CrossValidationResult {
    folds = List.copyOf(folds);
    outOfFoldScores = outOfFoldScores.clone();
  }

  @Override
  public double[] outOfFoldScores() {
    return outOfFoldScores.clone();
  }

  /** AUC, KS and Gini together. */
  public record Summary(double auc, double ks, double gini) {}
}
