package dev.creditloop.lending.close;

import java.time.LocalDate;

/** Port: the book's business date (the open day), separate from the wall clock. */
public interface BusinessDates {

  LocalDate today();

  /** Moves the date; called inside the transaction that completes the day before it. */
  void moveTo(LocalDate date);
}
