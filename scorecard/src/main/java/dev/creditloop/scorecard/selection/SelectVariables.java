package dev.creditloop.scorecard.selection;

import dev.creditloop.scorecard.binning.VariableBinning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps variables with IV at or above the threshold, strongest first, and drops a variable whose
 * WOE correlates above the limit with one already kept: of a correlated pair, the lower-IV one
 * goes.
 */
public final class SelectVariables {

  private final SelectionSettings settings;

  public SelectVariables(SelectionSettings settings) {
    this.settings = settings;
  }

  /**
   * @param woe each variable's WOE per row of the sample, by variable name
   * @return one decision per binning, in the order given
   */
  public List<VariableDecision> select(List<VariableBinning> binnings, Map<String, double[]> woe) {
    List<VariableBinning> byIv = new ArrayList<>(binnings);
    byIv.sort(
        Comparator.comparingDouble(VariableBinning::iv)
            .reversed()
            .thenComparing(VariableBinning::variable));
    List<String> kept = new ArrayList<>();
    Map<String, VariableDecision> decisions = new HashMap<>();
    for (VariableBinning b : byIv) {
      String name = b.variable();
      if (b.iv() < settings.ivMin()) {
        decisions.put(
            name,
            VariableDecision.dropped(
                name, b.iv(), String.format("IV %.4f below %.4f", b.iv(), settings.ivMin())));
        continue;
      }
      String tooClose = null;
      for (String other : kept) {
        double r = pearson(woe.get(name), woe.get(other));
        if (Math.abs(r) > settings.maxCorrelation()) {
          tooClose =
              String.format("WOE correlates with %s (r = %.3f), which has higher IV", other, r);
          break;
        }
      }
      if (tooClose == null) {
        kept.add(name);
        decisions.put(name, VariableDecision.kept(name, b.iv()));
      } else {
        decisions.put(name, VariableDecision.dropped(name, b.iv(), tooClose));
      }
    }
    return binnings.stream().map(b -> decisions.get(b.variable())).toList();
  }

  /** Pearson correlation; 0 when either vector is constant (nothing to correlate). */
  public static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }
}
