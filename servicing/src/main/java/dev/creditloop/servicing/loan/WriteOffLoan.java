package dev.creditloop.servicing.loan;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLineStatusChanged;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.EntryKind;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.product.Component;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Write-off (核销), an explicit decision, never automatic: the loan becomes WRITTEN_OFF and its
 * receivables leave the books.
 *
 * <p>Journal: Dr WRITE_OFF_EXPENSE / Cr LOANS_RECEIVABLE (outstanding principal), Cr
 * INTEREST_RECEIVABLE and FEE_RECEIVABLE (what has been recognised, i.e. fell due, and is unpaid),
 * Cr PENALTY_RECEIVABLE (unpaid penalty that was posted). Interest of instalments not yet due was
 * never recognised, nor was penalty the close has not yet posted (month-end posting), so there is
 * nothing of them to write off.
 *
 * <p>Credit line: the written-off principal leaves its outstanding principal, which by itself would
 * make room to draw again; so an ACTIVE line is frozen at the same time. Unfreezing it is an
 * explicit decision too.
 */
public final class WriteOffLoan {

  public WriteOff writeOff(Loan loan, CreditLine line, LocalDate on) {
    loan.requireOpen();
    if (loan.lineId() != line.id()) {
      throw new IllegalArgumentException(
          "loan " + loan.id() + " is not drawn on line " + line.id());
    }
    if (loan.closedThrough().filter(on::isBefore).isPresent()) {
      throw new ServicingException(
          Problem.DATE_ALREADY_CLOSED,
          "on",
          "loan " + loan.id() + " is closed through " + loan.closedThrough().get());
    }
    long interest = 0;
    long fee = 0;
    long penalty = 0;
    for (Installment i : loan.installments()) {
      if (loan.isRecognised(i)) {
        interest += i.unpaidMinor(Component.INTEREST);
        fee += i.unpaidMinor(Component.FEE);
      }
      penalty += i.unpaidMinor(Component.PENALTY);
    }
    penalty -= loan.penaltyUnposted().minor();
    Money principal = loan.outstandingPrincipal();
    LoanWrittenOff event =
        new LoanWrittenOff(
            loan.id(),
            loan.customerId(),
            principal,
            Money.ofMinor(interest),
            Money.ofMinor(fee),
            Money.ofMinor(penalty),
            on);
    List<JournalEntry> entries =
        event.total().isZero()
            ? List.of()
            : List.of(
                JournalEntry.builder(EntryKind.WRITE_OFF, loan.id(), on)
                    .debit(Account.WRITE_OFF_EXPENSE, event.total())
                    .credit(Account.LOANS_RECEIVABLE, principal)
                    .credit(Account.INTEREST_RECEIVABLE, event.interest())
                    .credit(Account.FEE_RECEIVABLE, event.fee())
                    .credit(Account.PENALTY_RECEIVABLE, event.penalty())
                    .build());
    loan.writeOff(on);
    Optional<CreditLineStatusChanged> frozen = line.writeOff(principal, on);
    return new WriteOff(event, entries, frozen);
  }
}
