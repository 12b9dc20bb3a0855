package dev.creditloop.servicing.close;

import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.journal.JournalEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the close of one day did to one loan. {@code applied} is false when there was nothing to do
 * (already closed through the day, or no longer open): then the loan was not changed.
 */
public record LoanDayClosed(
    long loanId,
    LocalDate day,
    boolean applied,
    List<JournalEntry> entries,
    List<ServicingEvent> events) {

  public Optional<BucketChanged> bucketChange() {
    for (ServicingEvent e : events) {
      if (e instanceof BucketChanged change) {
        return Optional.of(change);
      }
    }
    return Optional.empty();
  }
}
