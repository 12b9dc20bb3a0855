package dev.creditloop.scorecard.metrics;

import java.util.Arrays;

/**
 * Population stability: PSI = Σ (actual% − expected%) · ln(actual% / expected%) over bins. A share
 * of 0 is replaced by {@link #EPSILON} so an empty bin counts as a large shift instead of an
 * infinite one. The usual reading: below 0.1 stable, 0.1 to 0.25 watch, above 0.25 shifted. Applied
 * to a variable's bins it is the characteristic stability index (CSI).
 */
public final class Stability {

  public static final double EPSILON = 1e-4;

  private Stability() {}

  /** PSI from counts per bin of the expected (development) and the actual (recent) sample. */
  public static double index(long[] expected, long[] actual) {
    if (expected.length != actual.length || expected.length == 0) {
      throw new IllegalArgumentException("both samples need counts for the same bins");
    }
    double e = Arrays.stream(expected).sum();
    double a = Arrays.stream(actual).sum();
    if (e == 0 || a == 0) {
      throw new IllegalArgumentException("a sample is empty");
    }
    double psi = 0;
    for (int i = 0; i < expected.length; i++) {
      double pe = Math.max(expected[i] / e, EPSILON);
      double pa = Math.max(actual[i] / a, EPSILON);
      psi += (pa - pe) * Math.log(pa / pe);
    }
    return psi;
  }

  /**
   * Score PSI over bands cut at the expected sample's quantiles ({@code bands} = 10 for deciles).
   */
  public static double scores(double[] expected, double[] actual, int bands) {
    double[] cutoffs = ScoreBands.quantileCuts(expected, bands);
    long[] e = new long[cutoffs.length + 1];
    long[] a = new long[cutoffs.length + 1];
    for (double s : expected) {
      e[ScoreBands.band(cutoffs, s)]++;
    }
    for (double s : actual) {
      a[ScoreBands.band(cutoffs, s)]++;
    }
    return index(e, a);
  }
}
