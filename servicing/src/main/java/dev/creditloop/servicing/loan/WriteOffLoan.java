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
 * receivables leave the books. The reason and the operator are required and kept with the loan.
 *
 * <p>Journal: Cr LOANS_RECEIVABLE (outstanding principal), Cr INTEREST_RECEIVABLE and
 * FEE_RECEIVABLE (what has been recognised, i.e. fell due, and is unpaid), Cr PENALTY_RECEIVABLE
 * (unpaid penalty that was posted); Dr WRITE_OFF_EXPENSE for what had been income or principal, and
 * Dr INTEREST_SUSPENSE / FEE_SUSPENSE / PENALTY_SUSPENSE for what a non-accrual loan held in
 * suspense (never income, so no expense). Interest of instalments not yet due was never recognised,
 * nor was penalty the close has not yet posted (month-end posting), so there is nothing of them to
 * write off.
 *
 * <p>Credit line: the written-off principal leaves its outstanding principal, which by itself would
 * make room to draw again; so an ACTIVE line is frozen at the same time, and the app keeps every
 * line of the customer closed to drawing while they have a written-off loan.
 */
public final class WriteOffLoan {

  public WriteOff writeOff(Loan loan, CreditLine line, LocalDate on, String reason, String by) {
    loan.requireOpen();
    if (loan.lineId() != line.id()) {
      throw new IllegalArgumentException(
          "loan " + loan.id() + " is not drawn on line " + line.id());
    }
    if (reason == null || reason.isBlank() || by == null || by.isBlank()) {
      throw new IllegalArgumentException("a write-off needs a reason and an operator");
    }
    if (loan.closedThrough().filter(on::isBefore).isPresent()) {
      throw new ServicingException(
          Problem.DATE_ALREADY_CLOSED,
          "on",
          "loan " + loan.id() + " is closed through " + loan.closedThrough().get());
    }
    long interest = 0;
    long fee = 0;
    long interestSuspended = 0;
    long feeSuspended = 0;
    long penalty = 0;
    for (Installment i : loan.installments()) {
      if (loan.isRecognised(i)) {
        interest += i.unpaidMinor(Component.INTEREST);
        fee += i.unpaidMinor(Component.FEE);
        if (loan.isInSuspense(i)) {
          interestSuspended += i.unpaidMinor(Component.INTEREST);
          feeSuspended += i.unpaidMinor(Component.FEE);
        }
      }
      penalty += i.unpaidMinor(Component.PENALTY);
    }
    penalty -= loan.penaltyUnposted().minor();
    long penaltySuspended = loan.penaltySuspense().minor();
    Money principal = loan.outstandingPrincipal();
    LoanWrittenOff event =
        new LoanWrittenOff(
            loan.id(),
            loan.customerId(),
            principal,
            Money.ofMinor(interest),
            Money.ofMinor(fee),
            Money.ofMinor(penalty),
            on,
            reason.trim(),
            by);
    Money suspended = Money.ofMinor(interestSuspended + feeSuspended + penaltySuspended);
    List<JournalEntry> entries =
        event.total().isZero()
            ? List.of()
            : List.of(
                JournalEntry.builder(EntryKind.WRITE_OFF, loan.id(), on)
                    .debit(Account.WRITE_OFF_EXPENSE, event.total().minus(suspended))
                    .debit(Account.INTEREST_SUSPENSE, Money.ofMinor(interestSuspended))
                    .debit(Account.FEE_SUSPENSE, Money.ofMinor(feeSuspended))
                    .debit(Account.PENALTY_SUSPENSE, Money.ofMinor(penaltySuspended))
                    .credit(Account.LOANS_RECEIVABLE, principal)
                    .credit(Account.INTEREST_RECEIVABLE, event.interest())
                    .credit(Account.FEE_RECEIVABLE, event.fee())
                    .credit(Account.PENALTY_RECEIVABLE, event.penalty())
                    .build());
    loan.writeOff(event);
    Optional<CreditLineStatusChanged> frozen = line.writeOff(principal, on);
    return new WriteOff(event, entries, frozen);
  }
}
