package dev.creditloop.scorecard.training;

import java.util.List;

/** One fold: a card trained on the other folds, measured on this one. */
public record FoldResult(
    int fold,
    int trainRows,
    int testRows,
    double auc,
    double ks,
    double gini,
    List<String> variables) {

  public FoldResult {
    variables = List.copyOf(variables);
  }
}
