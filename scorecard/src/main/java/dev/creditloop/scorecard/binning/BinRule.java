package dev.creditloop.scorecard.binning;

import java.util.List;

/** Which values fall into a bin. Ranges hold lower ≤ x < upper; infinities mean unbounded. */
public sealed interface BinRule {

  /** A short human label such as {@code [12, 24)} or {@code {own, rent}}. */
  String label();

  /** Numbers with lower ≤ x < upper. */
  record Range(double lower, double upper) implements BinRule {
    public Range {
      if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
        throw new IllegalArgumentException(
            "a range needs lower < upper: [" + lower + ", " + upper + ")");
      }
    }

    public static Range all() {
      return new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    public boolean contains(double x) {
      return x >= lower && x < upper;
    }

    @Override
    public String label() {
      String lo = lower == Double.NEGATIVE_INFINITY ? "-inf" : number(lower);
      String hi = upper == Double.POSITIVE_INFINITY ? "+inf" : number(upper);
      return "[" + lo + ", " + hi + ")";
    }
  }

  /** The value is missing. */
  record Missing() implements BinRule {
    @Override
    public String label() {
      return "missing";
    }
  }

  /** A declared special number such as -1 or 999 ("no bureau file"), kept out of the ranges. */
  record Special(double value) implements BinRule {
    @Override
    public String label() {
      return "special " + number(value);
    }
  }

  /** A group of category labels. */
  record Categories(List<String> members) implements BinRule {
    public Categories {
      if (members.isEmpty()) {
        throw new IllegalArgumentException("a category group needs at least one category");
      }
      members = List.copyOf(members);
    }

    @Override
    public String label() {
      return "{" + String.join(", ", members) + "}";
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
