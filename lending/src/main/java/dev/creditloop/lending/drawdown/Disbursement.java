package dev.creditloop.lending.drawdown;

import dev.creditloop.kernel.Money;
import dev.creditloop.lending.port.CreditLines;
import dev.creditloop.lending.port.LedgerEvents;
import dev.creditloop.lending.port.Loans;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.journal.JournalPostings;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.DrawdownResult;
import dev.creditloop.servicing.product.Product;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Books a decided drawdown: the loan with its schedule, the line's reservation, the disbursement's
 * journal entry and events, in the caller's unit of work on a line the caller has locked. Shared by
 * a request the gate approved and a parked request a reviewer approved.
 */
public final class Disbursement {

  private final Loans loans;
  private final CreditLines lines;
  private final JournalPostings journal;
  private final LedgerEvents events;
  private final DrawDown drawDown = new DrawDown();

  public Disbursement(
      Loans loans, CreditLines lines, JournalPostings journal, LedgerEvents events) {
    this.loans = loans;
    this.lines = lines;
    this.journal = journal;
    this.events = events;
  }

  /**
   * Books it. {@code writtenOffChecked}: the caller has just checked, on the line locked in this
   * unit of work, that the customer has no written-off loan (a request the gate approved); else (a
   * parked request, which may have waited while a loan of the customer was written off) it is
   * checked here.
   */
  DrawdownOutcome.Disbursed disburse(
      CreditLine line,
      Product product,
      Money amount,
      int term,
      LocalDate today,
      Instant at,
      boolean writtenOffChecked) {
    if (!writtenOffChecked) {
      LedgerChecks.requireNoWrittenOffLoan(loans, line.customerId());
    }
    DrawdownResult d = drawDown.draw(line, product, amount, term, loans.nextId(), today);
    loans.insert(d.loan());
    lines.save(line);
    journal.postAll(d.entries());
    for (ServicingEvent e : d.events()) {
      events.append(e, at);
    }
    return new DrawdownOutcome.Disbursed(d.loan(), today);
  }
}
