package dev.creditloop.decisioning.feature;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Count and sum of a source's points per calendar month in the catalogue's zone, for the last
 * {@link #RETAINED_MONTHS} months before the most recent point's month. Trends look back at most
 * twelve complete months from the as-of month, which is never before that.
 */
final class MonthlyTotals {

  static final int RETAINED_MONTHS = 13;
  private static final int SLOTS = 16;

  static final MonthlyTotals EMPTY = new MonthlyTotals();

  private final int[] months = new int[SLOTS];
  private final long[] counts = new long[SLOTS];
  private final double[] sums = new double[SLOTS];
  private int latest = Integer.MIN_VALUE;

  MonthlyTotals() {
    Arrays.fill(months, Integer.MIN_VALUE);
  }

  /**
   * Months since year 0 of the instant's local date: comparable, and adjacent months differ by 1.
   */
  static int monthOf(long epochMillis) {
    LocalDate date =
        LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), BehaviourCatalogue.ZONE);
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  /** Adds a point; false if its month is too old to be kept. */
  boolean add(int month, double value) {
    latest = Math.max(latest, month);
    if (month <= latest - RETAINED_MONTHS) {
      return false;
    }
    int slot = Math.floorMod(month, SLOTS);
    if (months[slot] != month) {
      // More slots than retained months: a slot held by another month holds a stale one.
      months[slot] = month;
      counts[slot] = 0;
      sums[slot] = 0;
    }
    counts[slot]++;
    sums[slot] += value;
    return true;
  }

  double count(int month) {
    int slot = Math.floorMod(month, SLOTS);
    return months[slot] == month ? counts[slot] : 0;
  }

  double sum(int month) {
    int slot = Math.floorMod(month, SLOTS);
    return months[slot] == month ? sums[slot] : 0;
  }
}
