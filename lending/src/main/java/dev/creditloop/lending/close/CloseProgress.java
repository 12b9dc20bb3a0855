package dev.creditloop.lending.close;

import java.time.LocalDate;

/** The running close, if any: the days it was asked for, the day it is on, the days done. */
public record CloseProgress(
    boolean running,
    LocalDate from,
    LocalDate until,
    LocalDate currentDay,
    int daysDone,
    int daysTotal,
    boolean stopRequested) {

  public static final CloseProgress IDLE = new CloseProgress(false, null, null, null, 0, 0, false);

  CloseProgress withStopRequested(boolean asked) {
    return new CloseProgress(running, from, until, currentDay, daysDone, daysTotal, asked);
  }
}
