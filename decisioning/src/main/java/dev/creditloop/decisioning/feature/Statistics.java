package dev.creditloop.decisioning.feature;

/** The arithmetic behind the aggregates, over a window's values. */
final class Statistics {

  private Statistics() {}

  static double sum(WindowPoints w) {
    double sum = 0;
    for (int i = 0; i < w.size(); i++) {
      sum += w.value(i);
    }
    return sum;
  }

  // Two passes: sums of squares cancel catastrophically when amounts are large and alike.
  static double std(WindowPoints w) {
    int n = w.size();
    if (n == 0) {
      return Double.NaN;
    }
    double mean = sum(w) / n;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double d = w.value(i) - mean;
      squares += d * d;
    }
    return Math.sqrt(squares / n);
  }

  static double quantile(double[] sorted, double p) {
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    double rank = (n - 1) * p;
    int lo = (int) Math.floor(rank);
    int hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
  }

  static double mode(double[] sorted, boolean count) {
    if (sorted.length == 0) {
      return count ? 0 : Double.NaN;
    }
    double best = sorted[0];
    int bestRun = 0;
    int run = 0;
    for (int i = 0; i < sorted.length; i++) {
      run = i > 0 && sorted[i] == sorted[i - 1] ? run + 1 : 1;
      if (run > bestRun) {
        bestRun = run;
        best = sorted[i];
      }
    }
    return count ? bestRun : best;
  }
}
