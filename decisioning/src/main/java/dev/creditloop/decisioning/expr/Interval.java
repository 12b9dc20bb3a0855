package dev.creditloop.decisioning.expr;

import java.util.Locale;

/**
 * A numeric interval as written in tables and scorecard bins: {@code [0, 30)}, {@code (5, +inf)},
 * {@code [1, 1]} or a bare number. NaN (missing) is in no interval; missing has a bin of its own.
 */
public record Interval(double low, boolean lowClosed, double high, boolean highClosed) {

  public static final Interval ALL =
      new Interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

  public Interval {
    if (Double.isNaN(low) || Double.isNaN(high)) {
      throw new IllegalArgumentException("interval bounds must be numbers");
    }
    // An infinite end is never reached, whatever bracket was written.
    lowClosed = lowClosed && low != Double.NEGATIVE_INFINITY;
    highClosed = highClosed && high != Double.POSITIVE_INFINITY;
  }

  /**
   * Parses {@code [a, b)}, {@code (a, b]}, {@code [a, b]}, {@code (a, b)} or {@code a}; bounds may
   * be {@code -inf} / {@code +inf}.
   */
  public static Interval parse(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty interval");
    }
    char open = t.charAt(0);
    if (open != '[' && open != '(') {
      double point = number(t);
      return new Interval(point, true, point, true);
    }
    char close = t.charAt(t.length() - 1);
    if (close != ']' && close != ')') {
      throw new IllegalArgumentException("interval '" + text + "' must end with ] or )");
    }
    String[] parts = t.substring(1, t.length() - 1).split(",", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("interval '" + text + "' needs two bounds: [low, high)");
    }
    Interval interval = new Interval(number(parts[0]), open == '[', number(parts[1]), close == ']');
    if (interval.isEmpty()) {
      throw new IllegalArgumentException("interval '" + text + "' is empty");
    }
    return interval;
  }

  private static double number(String raw) {
    String s = raw.trim().toLowerCase(Locale.ROOT);
    switch (s) {
      case "-inf":
      case "-infinity":
        return Double.NEGATIVE_INFINITY;
      case "inf":
      case "+inf":
      case "infinity":
      case "+infinity":
        return Double.POSITIVE_INFINITY;
      default:
        try {
          double v = Double.parseDouble(s);
          if (Double.isNaN(v)) {
            throw new NumberFormatException();
          }
          return v;
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + raw.trim() + "' is not a number");
        }
    }
  }

  public boolean contains(double v) {
    return (v > low || (lowClosed && v == low)) && (v < high || (highClosed && v == high));
  }

  public boolean isEmpty() {
    return low > high || (low == high && !(lowClosed && highClosed));
  }

  /** True when some number lies in both. */
  public boolean overlaps(Interval other) {
    double lo = Math.max(low, other.low);
    double hi = Math.min(high, other.high);
    if (lo < hi) {
      return true;
    }
    return lo == hi && contains(lo) && other.contains(lo);
  }

  /** True when every number of this interval is below every number of {@code other}. */
  public boolean isBefore(Interval other) {
    return high < other.low || (high == other.low && !(highClosed && other.lowClosed));
  }

  @Override
  public String toString() {
    if (low == high && lowClosed && highClosed) {
      return format(low);
    }
    return (lowClosed ? "[" : "(") + format(low) + ", " + format(high) + (highClosed ? "]" : ")");
  }

  private static String format(double v) {
    if (v == Double.NEGATIVE_INFINITY) {
      return "-inf";
    }
    if (v == Double.POSITIVE_INFINITY) {
      return "+inf";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
