package dev.creditloop.decisioning.feature;

import java.time.Duration;

/**
 * Which points of a source a feature aggregates, relative to the as-of instant t.
 *
 * <p>A sliding window of length w holds the points with {@code t - w < time <= t}: a point at
 * exactly {@code t - w} is out, a point at t is in. Calendar months are not windows here: they
 * belong to {@link MonthlyTrend}.
 */
sealed interface Window {

  /** (t - length, t]. */
  record Sliding(Duration length) implements Window {
    public Sliding {
      if (length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException("window must be positive: " + length);
      }
    }

    long millis() {
      return length.toMillis();
    }
  }

  /** Every point up to t; only order-free aggregates (count, sum, min, max, first, last...). */
  record AllTime() implements Window {}

  /** The {@code count} most recent points at or before t, however old. */
  record Latest(int count) implements Window {
    public Latest {
      if (count < 1) {
        throw new IllegalArgumentException("latest needs at least one point");
      }
    }
  }

  static Sliding minutes(long n) {
    return new Sliding(Duration.ofMinutes(n));
  }

  static Sliding hours(long n) {
    return new Sliding(Duration.ofHours(n));
  }

  static Sliding days(long n) {
    return new Sliding(Duration.ofDays(n));
  }

  static Window allTime() {
    return new AllTime();
  }

  static Window latest(int count) {
    return new Latest(count);
  }
}
