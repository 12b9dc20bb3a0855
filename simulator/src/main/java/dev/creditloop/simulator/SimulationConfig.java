package dev.creditloop.simulator;

import java.time.LocalDate;

/**
 * What to simulate. Customers arrive (are granted a line) uniformly over the simulated days, so the
 * book has one vintage per month.
 *
 * @param start the first simulated day; the default (1 June) puts 618 and Double 11 in a six-month
 *     run
 * @param shockMonth 1-based month whose default propensities are multiplied by {@code shockFactor},
 *     0 for none
 */
public record SimulationConfig(
    int customers, int months, long seed, LocalDate start, int shockMonth, double shockFactor) {

  public static final LocalDate DEFAULT_START = LocalDate.of(2025, 6, 1);
  public static final double DEFAULT_SHOCK_FACTOR = 3.0;

  /**
   * Lines are granted for {@link Population#LINE_YEARS} years; a longer run would need line expiry,
   * which the simulator does not model.
   */
  public static final int MAX_MONTHS = 24;

  public SimulationConfig {
    if (customers < 1) {
      throw new IllegalArgumentException("customers must be positive, was " + customers);
    }
    if (months < 1 || months > MAX_MONTHS) {
      throw new IllegalArgumentException("months must be 1 to " + MAX_MONTHS + ", was " + months);
    }
    if (start == null) {
      throw new IllegalArgumentException("start is required");
    }
    if (shockMonth < 0 || shockMonth > months) {
      throw new IllegalArgumentException("shock month must be 0 (none) or 1 to " + months);
    }
    if (!(shockFactor >= 1.0)) {
      throw new IllegalArgumentException("shock factor must be at least 1, was " + shockFactor);
    }
  }

  public static SimulationConfig of(int customers, int months, long seed) {
    return new SimulationConfig(customers, months, seed, DEFAULT_START, 0, DEFAULT_SHOCK_FACTOR);
  }

  public SimulationConfig withShock(int month) {
    return new SimulationConfig(customers, months, seed, start, month, shockFactor);
  }

  public LocalDate lastDay() {
    return start.plusMonths(months).minusDays(1);
  }

  public int days() {
    return (int) (lastDay().toEpochDay() - start.toEpochDay() + 1);
  }

  /** Whether {@code day} falls in the shock month. */
  boolean inShock(LocalDate day) {
    if (shockMonth == 0) {
      return false;
    }
    LocalDate from = start.plusMonths(shockMonth - 1L);
    return !day.isBefore(from) && day.isBefore(from.plusMonths(1));
  }
}
