package dev.creditloop.lending.repayment;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.loan.Loan;
import java.time.LocalDate;

/** What money received on a loan came to. */
public sealed interface RepaymentOutcome
    permits RepaymentOutcome.Repaid, RepaymentOutcome.Recovered {

  /** A repayment, allocated; {@code loan} as it stands after it (settled when paid off). */
  record Repaid(Loan loan, Allocation allocation) implements RepaymentOutcome {}

  /**
   * Money on a written-off loan: a recovery, not a repayment; the loan stays WRITTEN_OFF.
   *
   * @param leftToRecover what is still left of what was written off
   */
  record Recovered(Loan loan, LocalDate on, Money amount, Money leftToRecover)
      implements RepaymentOutcome {}
}
