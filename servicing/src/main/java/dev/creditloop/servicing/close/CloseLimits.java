package dev.creditloop.servicing.close;

import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far one request may move the business date. A close cannot be undone, so a mistyped date
 * (9999-12-31) must be refused before it starts: the last day closed may not be later than the
 * wall-clock date plus {@code maxDaysAhead} (0 in production: the book never closes a day that has
 * not begun), and one call closes at most {@code maxDaysPerCall} days.
 */
public record CloseLimits(int maxDaysAhead, int maxDaysPerCall) {

  public static final int DEFAULT_MAX_DAYS_AHEAD = 0;
  public static final int DEFAULT_MAX_DAYS_PER_CALL = 31;

  public CloseLimits {
    if (maxDaysAhead < 0) {
      throw new IllegalArgumentException("max days ahead must not be negative");
    }
    if (maxDaysPerCall < 1) {
      throw new IllegalArgumentException("max days per call must be positive");
    }
  }

  /**
   * Refuses ({@link Problem#CLOSE_TOO_FAR_AHEAD}, {@link Problem#TOO_MANY_DAYS_TO_CLOSE}, field
   * {@code until}) closing from {@code businessDate} through {@code until} on wall-clock date
   * {@code wallClockToday}.
   */
  public void check(LocalDate businessDate, LocalDate until, LocalDate wallClockToday) {
    LocalDate latest = wallClockToday.plusDays(maxDaysAhead);
    if (until.isAfter(latest)) {
      throw new ServicingException(
          Problem.CLOSE_TOO_FAR_AHEAD,
          "until",
          until
              + " is after "
              + latest
              + ", the latest day a close may reach (the wall-clock date "
              + wallClockToday
              + " plus creditloop.close.max-days-ahead="
              + maxDaysAhead
              + ")");
    }
    long days = ChronoUnit.DAYS.between(businessDate, until) + 1;
    if (days > maxDaysPerCall) {
      throw new ServicingException(
          Problem.TOO_MANY_DAYS_TO_CLOSE,
          "until",
          "closing "
              + businessDate
              + " through "
              + until
              + " is "
              + days
              + " days; one call closes at most "
              + maxDaysPerCall
              + " (creditloop.close.max-days-per-call)");
    }
  }

  /** The last day one call may close from {@code businessDate}, whatever was asked. */
  public LocalDate lastDayOfOneCall(LocalDate businessDate) {
    return businessDate.plusDays(maxDaysPerCall - 1L);
  }
}
