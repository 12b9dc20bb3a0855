package dev.creditloop.servicing.loan;

import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.schedule.RepaymentSchedule;
import java.util.List;

/** What a drawdown produced: the new loan, its schedule, the disbursement entry and the event. */
public record DrawdownResult(
    Loan loan, RepaymentSchedule schedule, JournalEntry disbursement, DrawdownDisbursed disbursed) {

  public List<JournalEntry> entries() {
    return List.of(disbursement);
  }

  public List<ServicingEvent> events() {
    return List.of(disbursed);
  }
}
