package dev.creditloop.decisioning.scorecard;

import dev.creditloop.decisioning.expr.Interval;

/**
 * One compiled characteristic. Range bins are held sorted in parallel arrays; a lookup is a linear
 * scan for a handful of bins and a binary search beyond, then the missing or else bin.
 */
final class Characteristic {

  private static final int LINEAR_UP_TO = 8;

  final String name;
  final String feature;
  final int slot;
  final String reason;
  final String message;
  final double[] points;
  final String[] labels;
  final double maxPoints;
  private final double[] lows;
  private final double[] highs;
  private final boolean[] lowClosed;
  private final boolean[] highClosed;
  private final int[] rangeBin;
  private final int missingBin;
  private final int elseBin;

  Characteristic(
      String name,
      String feature,
      int slot,
      String reason,
      String message,
      Interval[] ranges,
      int[] rangeBin,
      int missingBin,
      int elseBin,
      double[] points,
      String[] labels) {
    this.name = name;
    this.feature = feature;
    this.slot = slot;
    this.reason = reason;
    this.message = message;
    this.rangeBin = rangeBin;
    this.missingBin = missingBin;
    this.elseBin = elseBin;
    this.points = points;
    this.labels = labels;
    this.lows = new double[ranges.length];
    this.highs = new double[ranges.length];
    this.lowClosed = new boolean[ranges.length];
    this.highClosed = new boolean[ranges.length];
    for (int i = 0; i < ranges.length; i++) {
      lows[i] = ranges[i].low();
      highs[i] = ranges[i].high();
      lowClosed[i] = ranges[i].lowClosed();
      highClosed[i] = ranges[i].highClosed();
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double p : points) {
      max = Math.max(max, p);
    }
    this.maxPoints = max;
  }

  /** The bin (index as written) that takes {@code v}; validation guarantees there is one. */
  int bin(double v) {
    if (v != v) {
      return missingBin >= 0 ? missingBin : elseBin;
    }
    int n = lows.length;
    int i;
    if (n <= LINEAR_UP_TO) {
      i = -1;
      while (i + 1 < n && admitsFromBelow(i + 1, v)) {
        i++;
      }
    } else {
      // Largest i whose lower bound admits v: ranges are sorted and disjoint, so that predicate
      // holds for a prefix of the array.
      int lo = 0;
      int hi = n - 1;
      i = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (admitsFromBelow(mid, v)) {
          i = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
    }
    if (i >= 0 && (v < highs[i] || (highClosed[i] && v == highs[i]))) {
      return rangeBin[i];
    }
    return elseBin;
  }

  private boolean admitsFromBelow(int i, double v) {
    return v > lows[i] || (lowClosed[i] && v == lows[i]);
  }
}
