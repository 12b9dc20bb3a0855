package dev.creditloop.servicing.schedule;

import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import java.util.Objects;

/** A loan term: 1 to 360 months, or 1 to 3,650 days. */
public record Term(int count, TermUnit unit) {

  public static final int MAX_MONTHS = 360;
  public static final int MAX_DAYS = 3650;

  public Term {
    Objects.requireNonNull(unit, "unit");
    int max = unit == TermUnit.MONTHS ? MAX_MONTHS : MAX_DAYS;
    if (count < 1 || count > max) {
      throw new ServicingException(
          Problem.INVALID_TERMS,
          "term",
          "must be 1 to " + max + " " + unit.name().toLowerCase() + ", was " + count);
    }
  }

  public static Term months(int count) {
    return new Term(count, TermUnit.MONTHS);
  }

  public static Term days(int count) {
    return new Term(count, TermUnit.DAYS);
  }

  @Override
  public String toString() {
    return count + " " + unit.name().toLowerCase();
  }
}
