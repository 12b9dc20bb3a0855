package dev.creditloop.scorecard.training;

import dev.creditloop.scorecard.binning.AutomaticBinning;
import dev.creditloop.scorecard.binning.VariableBinning;
import dev.creditloop.scorecard.card.BuildScorecard;
import dev.creditloop.scorecard.card.Scorecard;
import dev.creditloop.scorecard.data.Column;
import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.regression.LogisticFit;
import dev.creditloop.scorecard.regression.LogisticRegression;
import dev.creditloop.scorecard.selection.SelectVariables;
import dev.creditloop.scorecard.selection.VariableDecision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Trains a scorecard on a labelled sample; every step is described in the package doc. */
public final class TrainScorecard {

  private final TrainingSettings settings;

  public TrainScorecard(TrainingSettings settings) {
    this.settings = settings;
  }

  public ScorecardModel train(LabelledData data) {
    boolean[] bad = data.labels();
    Set<String> unknown = new TreeSet<>(settings.edits().variables());
    unknown.removeAll(data.features().columnNames());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "bin edits name variables the data does not have: " + unknown);
    }
    AutomaticBinning automatic = new AutomaticBinning(settings.binning());
    List<VariableBinning> binnings = new ArrayList<>();
    Map<String, double[]> woe = new HashMap<>();
    for (Column column : data.features().columns()) {
      VariableBinning b = settings.edits().apply(automatic.bin(column, bad), column, bad);
      binnings.add(b);
      woe.put(b.variable(), b.woe(column));
    }
    Map<String, VariableDecision> decisions = new LinkedHashMap<>();
    new SelectVariables(settings.selection())
        .select(binnings, woe)
        .forEach(d -> decisions.put(d.variable(), d));
    List<VariableBinning> inModel =
        new ArrayList<>(
            binnings.stream().filter(b -> decisions.get(b.variable()).selected()).toList());
    LogisticRegression regression = new LogisticRegression(settings.regression());
    LogisticFit fit;
    while (true) {
      fit = regression.fit(matrix(inModel, woe, data.size()), bad);
      VariableBinning wrong = wrongSigned(inModel, fit);
      if (wrong == null) {
        break;
      }
      double beta = fit.coefficient(inModel.indexOf(wrong));
      // With WOE = ln(%good/%bad) a sound variable lowers the odds of bad (β < 0). A positive β
      // comes from overlap with stronger variables and would reward the riskier bins.
      decisions.put(
          wrong.variable(),
          VariableDecision.dropped(
              wrong.variable(),
              wrong.iv(),
              String.format(
                  "coefficient %+.4f has the wrong sign next to the other variables", beta)));
      inModel.remove(wrong);
    }
    Scorecard card = BuildScorecard.build("scorecard", inModel, fit, settings.scaling());
    return new ScorecardModel(
        binnings,
        List.copyOf(decisions.values()),
        inModel.stream().map(VariableBinning::variable).toList(),
        fit,
        card);
  }

  /** Of the variables with β ≥ 0, the weakest by IV; null when every sign is right. */
  private static VariableBinning wrongSigned(List<VariableBinning> inModel, LogisticFit fit) {
    VariableBinning weakest = null;
    for (int j = 0; j < inModel.size(); j++) {
      if (fit.coefficient(j) >= 0 && (weakest == null || inModel.get(j).iv() < weakest.iv())) {
        weakest = inModel.get(j);
      }
    }
    return weakest;
  }

  private static double[][] matrix(
      List<VariableBinning> inModel, Map<String, double[]> woe, int rows) {
    double[][] x = new double[rows][inModel.size()];
    for (int j = 0; j < inModel.size(); j++) {
      double[] column = woe.get(inModel.get(j).variable());
      for (int i = 0; i < rows; i++) {
        x[i][j] = column[i];
      }
    }
    return x;
  }
}
