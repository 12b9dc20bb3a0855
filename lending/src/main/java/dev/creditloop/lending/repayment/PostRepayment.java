package dev.creditloop.lending.repayment;

import dev.creditloop.lending.LendingException;
import dev.creditloop.lending.port.BusinessCalendar;
import dev.creditloop.lending.port.CreditLines;
import dev.creditloop.lending.port.LedgerEvents;
import dev.creditloop.lending.port.Loans;
import dev.creditloop.lending.port.Transactions;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.journal.JournalPostings;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.loan.RecoverWrittenOffLoan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Posts money received on a loan in one unit of work: the loan and its line locked, the allocation
 * by the ledger, the journal entry, the line's restored room, the events and the receipt together.
 * On a written-off loan the money is a recovery. The ledger's refusals (above the payoff, a settled
 * loan) throw and nothing is written.
 */
public final class PostRepayment {

  private final Transactions transactions;
  private final Loans loans;
  private final CreditLines lines;
  private final JournalPostings journal;
  private final LedgerEvents events;
  private final Receipts receipts;
  private final BusinessCalendar calendar;
  private final dev.creditloop.servicing.allocation.PostRepayment allocate =
      new dev.creditloop.servicing.allocation.PostRepayment();
  private final RecoverWrittenOffLoan recover = new RecoverWrittenOffLoan();

  public PostRepayment(
      Transactions transactions,
      Loans loans,
      CreditLines lines,
      JournalPostings journal,
      LedgerEvents events,
      Receipts receipts,
      BusinessCalendar calendar) {
    this.transactions = transactions;
    this.loans = loans;
    this.lines = lines;
    this.journal = journal;
    this.events = events;
    this.receipts = receipts;
    this.calendar = calendar;
  }

  public RepaymentOutcome post(RepaymentCommand command) {
    return transactions.inTransaction(() -> postLocked(command));
  }

  private RepaymentOutcome postLocked(RepaymentCommand command) {
    Loan loan =
        loans
            .lock(command.loanId())
            .orElseThrow(() -> LendingException.notFound("loan", command.loanId()));
    // the date is read under the loan's lock: a close running meanwhile has either closed this loan
    // for a day and moved the date past it, or not touched it, never closed it ahead of the date
    // read
    LocalDate today = calendar.today();
    if (loan.status() == LoanStatus.WRITTEN_OFF) {
      RecoverWrittenOffLoan.Recovery r = recover.recover(loan, command.amount(), today);
      loans.save(loan);
      journal.postAll(List.of(r.entry()));
      receipts.recovered(loan.id(), command.amount(), today);
      return new RepaymentOutcome.Recovered(loan, today, command.amount(), r.leftToRecover());
    }
    CreditLine line = lines.lock(loan.lineId()).orElseThrow();
    Allocation a = allocate.post(loan, line, command.amount(), today);
    loans.save(loan);
    lines.save(line);
    journal.postAll(List.of(a.entry()));
    Instant at = calendar.at(today);
    for (ServicingEvent e : a.events()) {
      events.append(e, at);
    }
    receipts.repaid(a);
    return new RepaymentOutcome.Repaid(loan, a);
  }
}
