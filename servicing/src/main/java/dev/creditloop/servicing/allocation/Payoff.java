package dev.creditloop.servicing.allocation;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.loan.Loan;
import java.time.LocalDate;

/**
 * What pays a loan off on a business date (提前结清金额), by component: all outstanding principal; the
 * unpaid interest, fee and penalty of instalments due on or before the date; for the current period
 * (the first instalment due after the date) its fee and the interest accrued so far; the interest
 * and fees of later periods are waived. See {@link PostRepayment} for the accrual rule.
 */
public record Payoff(
    long loanId, LocalDate on, Money principal, Money interest, Money fee, Money penalty) {

  /** The payoff of an open loan on {@code on}; refused with loan-not-open otherwise. */
  public static Payoff quote(Loan loan, LocalDate on) {
    loan.requireOpen();
    return Settlement.of(loan, on).payoff();
  }

  public Money total() {
    return principal.plus(interest).plus(fee).plus(penalty);
  }
}
