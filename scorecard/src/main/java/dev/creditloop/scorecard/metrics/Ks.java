package dev.creditloop.scorecard.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Kolmogorov–Smirnov statistic: the largest gap between the cumulative share of bads and of goods
 * scoring at or below a cut-off. Tied scores move together, since no cut-off can separate them.
 *
 * @param statistic the largest gap, in [0, 1]
 * @param atScore the cut-off (highest score on the low side) where the gap is largest
 * @param curve the cumulative shares at every distinct score, lowest score first
 */
public record Ks(double statistic, double atScore, List<Point> curve) {

  public Ks {
    curve = List.copyOf(curve);
  }

  /** Cumulative shares of bads and goods with a score at or below {@code score}. */
  public record Point(double score, double bads, double goods) {}

  public static Ks of(double[] scores, boolean[] bad) {
    Auc.check(scores, bad);
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    long totalBad = 0;
    for (boolean b : bad) {
      totalBad += b ? 1 : 0;
    }
    long totalGood = n - totalBad;
    long cumBad = 0;
    long cumGood = 0;
    double best = 0;
    double at = scores[order[0]];
    List<Point> curve = new ArrayList<>();
    int i = 0;
    while (i < n) {
      double s = scores[order[i]];
      while (i < n && scores[order[i]] == s) {
        if (bad[order[i]]) {
          cumBad++;
        } else {
          cumGood++;
        }
        i++;
      }
      double fb = (double) cumBad / totalBad;
      double fg = (double) cumGood / totalGood;
      curve.add(new Point(s, fb, fg));
      if (Math.abs(fb - fg) > best) {
        best = Math.abs(fb - fg);
        at = s;
      }
    }
    return new Ks(best, at, curve);
  }
}
