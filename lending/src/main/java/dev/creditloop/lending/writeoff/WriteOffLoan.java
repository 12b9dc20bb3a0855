package dev.creditloop.lending.writeoff;

import dev.creditloop.lending.LendingException;
import dev.creditloop.lending.port.BusinessCalendar;
import dev.creditloop.lending.port.CreditLines;
import dev.creditloop.lending.port.LedgerEvents;
import dev.creditloop.lending.port.Loans;
import dev.creditloop.lending.port.Transactions;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.journal.JournalPostings;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.WriteOff;
import java.time.LocalDate;

/**
 * Writes a loan off in one unit of work with the loan and its line locked: the ledger's write-off
 * (receivables to expense, suspense cleared, the line frozen), its journal entries and events.
 * Answers the loan as written off.
 */
public final class WriteOffLoan {

  private final Transactions transactions;
  private final Loans loans;
  private final CreditLines lines;
  private final JournalPostings journal;
  private final LedgerEvents events;
  private final BusinessCalendar calendar;
  private final dev.creditloop.servicing.loan.WriteOffLoan writeOff =
      new dev.creditloop.servicing.loan.WriteOffLoan();

  public WriteOffLoan(
      Transactions transactions,
      Loans loans,
      CreditLines lines,
      JournalPostings journal,
      LedgerEvents events,
      BusinessCalendar calendar) {
    this.transactions = transactions;
    this.loans = loans;
    this.lines = lines;
    this.journal = journal;
    this.events = events;
    this.calendar = calendar;
  }

  /**
   * @param reason why, for the record
   * @param operator who writes it off
   */
  public Loan writeOff(long loanId, String reason, String operator) {
    return transactions.inTransaction(
        () -> {
          LocalDate today = calendar.today();
          Loan loan =
              loans.lock(loanId).orElseThrow(() -> LendingException.notFound("loan", loanId));
          CreditLine line = lines.lock(loan.lineId()).orElseThrow();
          WriteOff w = writeOff.writeOff(loan, line, today, reason, operator);
          loans.save(loan);
          lines.save(line);
          journal.postAll(w.entries());
          events.appendAll(w.events());
          return loan;
        });
  }
}
