package dev.creditloop.scorecard.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bad rate and lift by score band, riskiest (lowest) band first. Lift = the band's bad rate over
 * the overall bad rate; cumulative bad share = bads captured from the riskiest band down to this
 * one.
 */
public final class ScoreBands {

  private ScoreBands() {}

  /** One band: scores with lower ≤ s < upper. */
  public record Band(
      double lower,
      double upper,
      long count,
      long bads,
      double badRate,
      double lift,
      double cumulativeBadShare) {}

  /**
   * Bands cut at score quantiles (10 for deciles). Cut-offs are scores, so rows with the same score
   * share a band and bands may be uneven or fewer than asked when scores repeat.
   */
  public static List<Band> quantiles(double[] scores, boolean[] bad, int bands) {
    Auc.check(scores, bad);
    return fixed(scores, bad, quantileCuts(scores, bands));
  }

  /** Distinct cut-offs at the 1/bands, 2/bands, ... quantiles, each one a score of the sample. */
  static double[] quantileCuts(double[] scores, int bands) {
    if (bands < 1) {
      throw new IllegalArgumentException("at least one band");
    }
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    double[] cuts = new double[Math.max(0, bands - 1)];
    int k = 0;
    for (int q = 1; q < bands; q++) {
      double cut = sorted[(int) ((long) q * sorted.length / bands)];
      if (cut > sorted[0] && (k == 0 || cut > cuts[k - 1])) {
        cuts[k++] = cut;
      }
    }
    return Arrays.copyOf(cuts, k);
  }

  /** Bands between the given ascending cut-offs, open at both ends. */
  public static List<Band> fixed(double[] scores, boolean[] bad, double[] cutoffs) {
    Auc.check(scores, bad);
    for (int i = 1; i < cutoffs.length; i++) {
      if (!(cutoffs[i] > cutoffs[i - 1])) {
        throw new IllegalArgumentException("cut-offs must ascend: " + Arrays.toString(cutoffs));
      }
    }
    int k = cutoffs.length + 1;
    long[] count = new long[k];
    long[] bads = new long[k];
    long totalBad = 0;
    for (int i = 0; i < scores.length; i++) {
      int band = band(cutoffs, scores[i]);
      count[band]++;
      if (bad[i]) {
        bads[band]++;
        totalBad++;
      }
    }
    double overall = (double) totalBad / scores.length;
    List<Band> out = new ArrayList<>();
    long captured = 0;
    for (int b = 0; b < k; b++) {
      if (count[b] == 0) {
        continue;
      }
      captured += bads[b];
      double rate = (double) bads[b] / count[b];
      out.add(
          new Band(
              b == 0 ? Double.NEGATIVE_INFINITY : cutoffs[b - 1],
              b == k - 1 ? Double.POSITIVE_INFINITY : cutoffs[b],
              count[b],
              bads[b],
              rate,
              rate / overall,
              (double) captured / totalBad));
    }
    return out;
  }

  static int band(double[] cutoffs, double score) {
    int band = 0;
    while (band < cutoffs.length && score >= cutoffs[band]) {
      band++;
    }
    return band;
  }
}
