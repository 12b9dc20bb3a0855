package dev.creditloop.decisioning.feature;

import java.util.Arrays;

/**
 * The retained points of one source for one entity, in (time, sequence) order: a sorted array that
 * grows to at most {@code cap} points.
 *
 * <p>Live, a point is kept while it can still fall in a window: points at or before {@code latest -
 * retention} are trimmed (but the {@code minKeep} most recent always stay), and past the cap the
 * oldest point goes. So the series always holds the {@code cap} most recent points of the source
 * that are newer than the retention cutoff, whatever order they arrived in; the point-in-time
 * recompute keeps the {@code cap} most recent points too, which is why both agree. The most recent
 * point that left (or never entered) is kept as the carry, so "the value in force at an instant" is
 * known even when that instant predates every retained point.
 */
final class Series {

  static final int RETAINED = 0;
  static final int LATE = 1;
  static final int EVICTED = 2;

  static final Series EMPTY = new Series(0, false);

  private final int cap;
  private long[] times;
  private long[] seqs;
  private double[] values;
  private double[] seconds;
  private int size;
  private long latest = Long.MIN_VALUE;

  private boolean hasCarry;
  private long carryTime;
  private long carrySeq;
  private double carryValue = Double.NaN;

  Series(int cap, boolean twoValued) {
    this.cap = cap;
    int initial = Math.min(cap, 4);
    times = new long[initial];
    seqs = new long[initial];
    values = new double[initial];
    seconds = twoValued ? new double[initial] : null;
  }

  /** A series of already sorted points, keeping the {@code cap} most recent. */
  static Series ofSorted(
      long[] times, long[] seqs, double[] values, double[] seconds, int n, int cap) {
    Series s = new Series(cap, seconds != null);
    int keep = Math.min(n, cap);
    int skip = n - keep;
    if (skip > 0) {
      s.offerCarry(times[skip - 1], seqs[skip - 1], values[skip - 1]);
    }
    s.times = Arrays.copyOfRange(times, skip, n);
    s.seqs = Arrays.copyOfRange(seqs, skip, n);
    s.values = Arrays.copyOfRange(values, skip, n);
    s.seconds = seconds == null ? null : Arrays.copyOfRange(seconds, skip, n);
    s.size = keep;
    return s;
  }

  /**
   * Inserts a point in order; returns {@link #RETAINED}, {@link #LATE} (older than the retention
   * cutoff on arrival: it can fall in no window any more) or {@link #EVICTED} (a point left because
   * of the cap).
   */
  int add(long time, long seq, double value, double second, long retention, int minKeep) {
    latest = Math.max(latest, time);
    long cutoff = latest - retention;
    int at = upperBound(time, seq);
    if (time <= cutoff && size - at >= minKeep) {
      offerCarry(time, seq, value);
      return LATE;
    }
    int outcome = RETAINED;
    if (size == cap) {
      if (at == 0) {
        offerCarry(time, seq, value);
        return EVICTED;
      }
      removeFirst(1);
      at--;
      outcome = EVICTED;
    }
    if (size == times.length) {
      grow();
    }
    int tail = size - at;
    System.arraycopy(times, at, times, at + 1, tail);
    System.arraycopy(seqs, at, seqs, at + 1, tail);
    System.arraycopy(values, at, values, at + 1, tail);
    times[at] = time;
    seqs[at] = seq;
    values[at] = value;
    if (seconds != null) {
      System.arraycopy(seconds, at, seconds, at + 1, tail);
      seconds[at] = second;
    }
    size++;
    trim(cutoff, minKeep);
    return outcome;
  }

  int size() {
    return size;
  }

  long time(int i) {
    return times[i];
  }

  long seq(int i) {
    return seqs[i];
  }

  double value(int i) {
    return values[i];
  }

  double second(int i) {
    return seconds == null ? Double.NaN : seconds[i];
  }

  boolean hasCarry() {
    return hasCarry;
  }

  long carryTime() {
    return carryTime;
  }

  double carryValue() {
    return carryValue;
  }

  /** Index of the first point with a time after {@code time}; {@link #size()} if none. */
  int firstAfter(long time) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid] <= time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The value of the last point at or before {@code time}, the carry, or NaN. */
  double valueAtOrBefore(long time) {
    int i = firstAfter(time) - 1;
    if (i >= 0) {
      return values[i];
    }
    return hasCarry && carryTime <= time ? carryValue : Double.NaN;
  }

  private int upperBound(long time, long seq) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid] < time || (times[mid] == time && seqs[mid] <= seq)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void trim(long cutoff, int minKeep) {
    int n = 0;
    while (n < size - minKeep && times[n] <= cutoff) {
      n++;
    }
    if (n > 0) {
      removeFirst(n);
    }
  }

  private void removeFirst(int n) {
    offerCarry(times[n - 1], seqs[n - 1], values[n - 1]);
    int rest = size - n;
    System.arraycopy(times, n, times, 0, rest);
    System.arraycopy(seqs, n, seqs, 0, rest);
    System.arraycopy(values, n, values, 0, rest);
    if (seconds != null) {
      System.arraycopy(seconds, n, seconds, 0, rest);
    }
    size = rest;
  }

  private void offerCarry(long time, long seq, double value) {
    if (!hasCarry || time > carryTime || (time == carryTime && seq >= carrySeq)) {
      hasCarry = true;
      carryTime = time;
      carrySeq = seq;
      carryValue = value;
    }
  }

  private void grow() {
    int capacity = Math.min(cap, Math.max(4, times.length * 2));
    times = Arrays.copyOf(times, capacity);
    seqs = Arrays.copyOf(seqs, capacity);
    values = Arrays.copyOf(values, capacity);
    if (seconds != null) {
      seconds = Arrays.copyOf(seconds, capacity);
    }
  }
}
