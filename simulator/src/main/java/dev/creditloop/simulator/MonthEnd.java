package dev.creditloop.simulator;

import java.time.LocalDate;

/** Progress after the last day of a simulated month. */
public record MonthEnd(
    int month,
    LocalDate lastDay,
    long customers,
    long loansDrawn,
    long openLoans,
    long overdueLoans,
    long elapsedMillis) {

  public double overdueShare() {
    return openLoans == 0 ? 0 : (double) overdueLoans / openLoans;
  }

  /** One line for a progress display. */
  public String line() {
    return String.format(
        "month %2d (through %s): %,d customers, %,d loans drawn, %,d open, %.1f%% overdue, %,.1f s",
        month,
        lastDay,
        customers,
        loansDrawn,
        openLoans,
        100 * overdueShare(),
        elapsedMillis / 1000.0);
  }
}
