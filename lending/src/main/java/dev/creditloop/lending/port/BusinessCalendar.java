package dev.creditloop.lending.port;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Port: the book's business date, and instants on the book's timeline (the business date at the
 * time of day), which stamp requests, decisions and events. The core never reads the wall clock.
 */
public interface BusinessCalendar {

  LocalDate today();

  /** An instant of {@code businessDate} at the current time of day. */
  Instant at(LocalDate businessDate);
}
