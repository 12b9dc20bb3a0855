package dev.creditloop.lending.port;

import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.ServicingEvents;
import java.time.Instant;

/**
 * Port: where the ledger's domain events go (the line's history, the behaviour the features read),
 * in the caller's unit of work.
 */
public interface LedgerEvents extends ServicingEvents {

  /** Appends one event stamped {@code at} (null: now on the business clock). */
  void append(ServicingEvent event, Instant at);
}
