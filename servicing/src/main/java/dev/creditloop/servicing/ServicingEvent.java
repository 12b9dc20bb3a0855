package dev.creditloop.servicing;

import java.time.LocalDate;

/**
 * Something that happened to a loan or a credit line, named in the past tense and returned by the
 * operation that caused it, so the app can store it and the decisioning module consume it.
 */
public interface ServicingEvent {

  /** The business date it happened on. */
  LocalDate on();
}
