package dev.creditloop.servicing.loan;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.EntryKind;
import dev.creditloop.servicing.journal.JournalEntry;
import java.time.LocalDate;

/**
 * A recovery (核销后收回): money received on a written-off loan. The receivables left the books at the
 * write-off, so the money is income of its own: Dr CASH_CLEARING / Cr RECOVERY_INCOME, in an entry
 * of kind RECOVERY. All recoveries together never exceed what was written off (refused with
 * "recovery-exceeded" on "amount"); the loan, its instalments and its line are otherwise unchanged.
 */
public final class RecoverWrittenOffLoan {

  public Recovery recover(Loan loan, Money amount, LocalDate on) {
    loan.recover(amount);
    JournalEntry entry =
        JournalEntry.of(
            EntryKind.RECOVERY,
            loan.id(),
            on,
            Account.CASH_CLEARING,
            Account.RECOVERY_INCOME,
            amount);
    Money left = loan.writtenOff().orElseThrow().total().minus(loan.recovered());
    return new Recovery(loan.id(), on, amount, left, entry);
  }

  /** What a recovery booked: the amount, what is left to recover, the entry. */
  public record Recovery(
      long loanId, LocalDate on, Money amount, Money leftToRecover, JournalEntry entry) {}
}
