package dev.creditloop.lending.line;

import dev.creditloop.lending.LendingException;
import dev.creditloop.lending.drawdown.LedgerChecks;
import dev.creditloop.lending.port.BusinessCalendar;
import dev.creditloop.lending.port.CreditLines;
import dev.creditloop.lending.port.LedgerEvents;
import dev.creditloop.lending.port.Loans;
import dev.creditloop.lending.port.Transactions;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.creditline.CreditLine;
import java.time.LocalDate;

/**
 * Changes a granted line in one unit of work: the line locked, the change applied by the ledger on
 * the business date, the line saved and the change's event appended (its history, and a limit
 * change's behaviour event). An unfreeze is refused while the customer has a written-off loan: a
 * write-off keeps every line of theirs closed to drawing. A line that does not exist is {@link
 * LendingException} {@code not-found}; the ledger's refusals (a limit not allowed, a status it may
 * not move from) are its {@code ServicingException}; either way nothing is written. Answers the
 * line as changed.
 */
public final class ChangeCreditLine {

  private final Transactions transactions;
  private final CreditLines lines;
  private final Loans loans;
  private final LedgerEvents events;
  private final BusinessCalendar calendar;

  public ChangeCreditLine(
      Transactions transactions,
      CreditLines lines,
      Loans loans,
      LedgerEvents events,
      BusinessCalendar calendar) {
    this.transactions = transactions;
    this.lines = lines;
    this.loans = loans;
    this.events = events;
    this.calendar = calendar;
  }

  public CreditLine change(LineChange change) {
    return transactions.inTransaction(
        () -> {
          CreditLine line =
              lines
                  .lock(change.lineId())
                  .orElseThrow(() -> LendingException.notFound("credit line", change.lineId()));
          ServicingEvent event = apply(change, line, calendar.today());
          lines.save(line);
          events.append(event, null);
          return line;
        });
  }

  private ServicingEvent apply(LineChange change, CreditLine line, LocalDate today) {
    if (change instanceof LineChange.NewLimit c) {
      return line.changeLimit(c.limit(), c.reason(), c.actor(), today);
    }
    if (change instanceof LineChange.TemporaryLimit c) {
      return line.grantTemporaryLimit(c.amount(), c.until(), c.reason(), c.actor(), today);
    }
    if (change instanceof LineChange.Freeze c) {
      return line.freeze(c.reason(), c.actor(), today);
    }
    LineChange.Unfreeze c = (LineChange.Unfreeze) change;
    LedgerChecks.requireNoWrittenOffLoan(loans, line.customerId());
    return line.unfreeze(c.reason(), c.actor(), today);
  }
}
