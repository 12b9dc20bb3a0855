package dev.creditloop.lending.writeoff;

import dev.creditloop.lending.LendingException;
import dev.creditloop.lending.port.BusinessCalendar;
import dev.creditloop.lending.port.CreditLines;
import dev.creditloop.lending.port.LedgerEvents;
import dev.creditloop.lending.port.Loans;
import dev.creditloop.lending.port.Transactions;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLineStatus;
import dev.creditloop.servicing.journal.JournalPostings;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.WriteOff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a loan off in one unit of work with the loan and every line of its customer locked: the
 * ledger's write-off (receivables to expense, suspense cleared, the line frozen), its journal
 * entries and events; the customer's other active lines are frozen too. A customer with a
 * written-off loan draws on none of their lines (the drawdown's own check); freezing them all also
 * closes the moment in which a drawdown on another line, deciding on what it read before the
 * write-off committed, could still pay out: it either committed first (the write-off waited for its
 * line) or it waits for the write-off and then finds its line frozen. Answers the loan as written
 * off.
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
          List<CreditLine> all = lines.lockAllOfCustomer(loan.customerId());
          CreditLine line =
              all.stream().filter(l -> l.id() == loan.lineId()).findFirst().orElseThrow();
          WriteOff w = writeOff.writeOff(loan, line, today, reason, operator);
          loans.save(loan);
          lines.save(line);
          List<ServicingEvent> frozen = new ArrayList<>();
          for (CreditLine other : all) {
            if (other.id() != line.id() && other.status() == CreditLineStatus.ACTIVE) {
              frozen.add(
                  other.freeze(
                      "loan " + loan.id() + " on line " + line.id() + " written off",
                      "system",
                      today));
              lines.save(other);
            }
          }
          journal.postAll(w.entries());
          events.appendAll(w.events());
          events.appendAll(frozen);
          return loan;
        });
  }
}
