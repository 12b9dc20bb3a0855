package dev.creditloop.scorecard.metrics;

import java.util.List;

/** How one scored sample separates: AUC, Gini, KS (with its curve) and bad rate by decile. */
public record Evaluation(
    int rows, int bads, double auc, double gini, Ks ks, List<ScoreBands.Band> deciles) {

  public Evaluation {
    deciles = List.copyOf(deciles);
  }

  public static Evaluation of(double[] scores, boolean[] bad) {
    double auc = Auc.of(scores, bad);
    int bads = 0;
    for (boolean b : bad) {
      bads += b ? 1 : 0;
    }
    return new Evaluation(
        scores.length,
        bads,
        auc,
        Auc.gini(auc),
        Ks.of(scores, bad),
        ScoreBands.quantiles(scores, bad, 10));
  }
}
