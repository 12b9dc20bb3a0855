package dev.creditloop.lending.close;

import java.time.Instant;
import java.time.LocalDate;

/** Port: the record of each day's close, so a close killed halfway is known and resumed. */
public interface CloseRuns {

  /**
   * Marks the close of {@code day} started at {@code at}, unless an earlier close that did not
   * finish started it (this close resumes it).
   */
  void begin(LocalDate day, Instant at);

  /**
   * Marks {@code day} completed at {@code at}, adding {@code loansClosed} to the loans processed.
   */
  void complete(LocalDate day, Instant at, long loansClosed);
}
