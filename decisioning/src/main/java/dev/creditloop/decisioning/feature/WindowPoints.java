package dev.creditloop.decisioning.feature;

import java.util.Arrays;

/**
 * The points of one source inside one window, in (time, sequence) order, as of an instant. The
 * sorted values are computed once and shared by every order statistic over the same window.
 */
final class WindowPoints {

  private final Series series;
  private final int from;
  private final int to;
  private final long asOf;
  private double[] sorted;

  WindowPoints(Series series, int from, int to, long asOf) {
    this.series = series;
    this.from = from;
    this.to = to;
    this.asOf = asOf;
  }

  int size() {
    return to - from;
  }

  long asOf() {
    return asOf;
  }

  long time(int i) {
    return series.time(from + i);
  }

  double value(int i) {
    return series.value(from + i);
  }

  double second(int i) {
    return series.second(from + i);
  }

  double[] sortedValues() {
    if (sorted == null) {
      sorted = new double[size()];
      for (int i = 0; i < sorted.length; i++) {
        sorted[i] = value(i);
      }
      Arrays.sort(sorted);
    }
    return sorted;
  }
}
