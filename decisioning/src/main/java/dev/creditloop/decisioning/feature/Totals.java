package dev.creditloop.decisioning.feature;

/**
 * Order-free aggregates of every point a source ever had: count, sum, extremes, and the first and
 * last point in (time, sequence) order. A few numbers whatever the history's length, and the same
 * whatever order the points arrived in.
 */
final class Totals {

  static final Totals EMPTY = new Totals();

  private long count;
  private double sum;
  private double min = Double.NaN;
  private double max = Double.NaN;
  private long firstTime;
  private long firstSeq;
  private double firstValue = Double.NaN;
  private long lastTime;
  private long lastSeq;
  private double lastValue = Double.NaN;

  void add(long time, long seq, double value) {
    count++;
    sum += value;
    if (count == 1) {
      min = value;
      max = value;
      firstTime = lastTime = time;
      firstSeq = lastSeq = seq;
      firstValue = lastValue = value;
      return;
    }
    min = Math.min(min, value);
    max = Math.max(max, value);
    if (time < firstTime || (time == firstTime && seq < firstSeq)) {
      firstTime = time;
      firstSeq = seq;
      firstValue = value;
    }
    if (time > lastTime || (time == lastTime && seq >= lastSeq)) {
      lastTime = time;
      lastSeq = seq;
      lastValue = value;
    }
  }

  long count() {
    return count;
  }

  double sum() {
    return sum;
  }

  double min() {
    return min;
  }

  double max() {
    return max;
  }

  long firstTime() {
    return firstTime;
  }

  double firstValue() {
    return firstValue;
  }

  long lastTime() {
    return lastTime;
  }

  double lastValue() {
    return lastValue;
  }
}
