package dev.creditloop.lending.close;

import dev.creditloop.servicing.Problem;
import java.time.LocalDate;
import java.util.List;

/** What one call of {@link CloseBusinessDays#closeThrough} came to. */
public sealed interface CloseOutcome
    permits CloseOutcome.Closed, CloseOutcome.Stopped, CloseOutcome.Refused {

  /** Every day asked for is closed. */
  record Closed(List<ClosedDay> days) implements CloseOutcome {}

  /**
   * Stopped before {@code until}: between days when asked to, or between batches of {@code openDay}
   * for a shutdown (that day stays open; the next close finishes it). {@code days} are those closed
   * whole.
   */
  record Stopped(List<ClosedDay> days, LocalDate openDay) implements CloseOutcome {}

  /** Refused before anything was closed: the problem, the request field at fault, why. */
  record Refused(Problem problem, String field, String reason) implements CloseOutcome {}

  /** The days closed whole (none when refused). */
  default List<ClosedDay> closed() {
    if (this instanceof Closed c) {
      return c.days();
    }
    if (this instanceof Stopped s) {
      return s.days();
    }
    return List.of();
  }
}
