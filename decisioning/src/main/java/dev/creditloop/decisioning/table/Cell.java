package dev.creditloop.decisioning.table;

import dev.creditloop.decisioning.expr.Interval;
import java.util.Arrays;
import java.util.Locale;

/** One parsed cell, kept only at save time: the compiled table holds its bounds in arrays. */
record Cell(Kind kind, Interval interval, double[] set) {

  enum Kind {
    ANY,
    MISSING,
    INTERVAL,
    SET,
    TRUE,
    FALSE
  }

  static Cell parse(String text, boolean flag) {
    String t = text == null ? "" : text.trim();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.equals("any") || lower.equals("-") || lower.equals("*")) {
      return new Cell(Kind.ANY, null, null);
    }
    if (lower.equals("missing")) {
      return new Cell(Kind.MISSING, null, null);
    }
    if (flag) {
      if (lower.equals("true")) {
        return new Cell(Kind.TRUE, null, null);
      }
      if (lower.equals("false")) {
        return new Cell(Kind.FALSE, null, null);
      }
      throw new IllegalArgumentException(
          "a BOOL column takes true, false, missing or any, not '" + t + "'");
    }
    if (t.startsWith("{") && t.endsWith("}")) {
      String body = t.substring(1, t.length() - 1).trim();
      if (body.isEmpty()) {
        throw new IllegalArgumentException("an empty set matches nothing");
      }
      String[] parts = body.split(",");
      double[] values = new double[parts.length];
      for (int i = 0; i < parts.length; i++) {
        Interval point = Interval.parse(parts[i]);
        if (point.low() != point.high()) {
          throw new IllegalArgumentException("'" + parts[i].trim() + "' is not a number");
        }
        values[i] = point.low();
      }
      Arrays.sort(values);
      return new Cell(Kind.SET, null, values);
    }
    return new Cell(Kind.INTERVAL, Interval.parse(t), null);
  }

  boolean matches(double v) {
    switch (kind) {
      case ANY:
        return true;
      case MISSING:
        return Double.isNaN(v);
      case INTERVAL:
        return interval.contains(v);
      case SET:
        for (double candidate : set) {
          if (candidate == v) {
            return true;
          }
        }
        return false;
      case TRUE:
        return v > 0.5;
      default:
        return !(v > 0.5);
    }
  }

  /** True when some value, NaN included, matches both cells. */
  boolean intersects(Cell other) {
    if (kind == Kind.ANY || other.kind == Kind.ANY) {
      return true;
    }
    if (kind == Kind.SET) {
      for (double v : set) {
        if (other.matches(v)) {
          return true;
        }
      }
      return false;
    }
    if (other.kind == Kind.SET) {
      return other.intersects(this);
    }
    if (kind == Kind.INTERVAL && other.kind == Kind.INTERVAL) {
      return interval.overlaps(other.interval);
    }
    // MISSING, TRUE, FALSE: decide on the representative values NaN, 1 and 0.
    return (matches(Double.NaN) && other.matches(Double.NaN))
        || (kind != Kind.INTERVAL
            && other.kind != Kind.INTERVAL
            && ((matches(1) && other.matches(1)) || (matches(0) && other.matches(0))));
  }
}
