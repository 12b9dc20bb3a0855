package dev.creditloop.scorecard.training;

import dev.creditloop.scorecard.binning.VariableBinning;
import dev.creditloop.scorecard.card.Scorecard;
import dev.creditloop.scorecard.data.Dataset;
import dev.creditloop.scorecard.regression.LogisticFit;
import dev.creditloop.scorecard.selection.VariableDecision;
import java.util.List;

/**
 * A trained scorecard and how it came about.
 *
 * @param binnings every candidate variable's bins, in data order
 * @param decisions per candidate, whether it is in the model and why not
 * @param modelVariables the variables of the fit, in coefficient order
 */
public record ScorecardModel(
    List<VariableBinning> binnings,
    List<VariableDecision> decisions,
    List<String> modelVariables,
    LogisticFit fit,
    Scorecard scorecard) {

  public ScorecardModel {
    binnings = List.copyOf(binnings);
    decisions = List.copyOf(decisions);
    modelVariables = List.copyOf(modelVariables);
  }

  public VariableBinning binning(String variable) {
    return binnings.stream()
        .filter(b -> b.variable().equals(variable))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no variable '" + variable + "'"));
  }

  public VariableDecision decision(String variable) {
    return decisions.stream()
        .filter(d -> d.variable().equals(variable))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no variable '" + variable + "'"));
  }

  public double[] scores(Dataset data) {
    return scorecard.scores(data);
  }
}
