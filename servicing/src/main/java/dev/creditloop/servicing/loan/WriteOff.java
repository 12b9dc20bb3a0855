package dev.creditloop.servicing.loan;

import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.creditline.CreditLineStatusChanged;
import dev.creditloop.servicing.journal.JournalEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a write-off produced. {@code entries} is empty when nothing recognised was left to write
 * off; {@code lineFrozen} is present when the write-off froze the credit line.
 */
public record WriteOff(
    LoanWrittenOff writtenOff,
    List<JournalEntry> entries,
    Optional<CreditLineStatusChanged> lineFrozen) {

  public WriteOff {
    entries = List.copyOf(entries);
  }

  public List<ServicingEvent> events() {
    List<ServicingEvent> events = new ArrayList<>(2);
    events.add(writtenOff);
    lineFrozen.ifPresent(events::add);
    return events;
  }
}
