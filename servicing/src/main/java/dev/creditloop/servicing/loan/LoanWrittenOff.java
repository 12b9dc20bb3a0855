package dev.creditloop.servicing.loan;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.ServicingEvent;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The receivables written off: outstanding principal and recognised unpaid interest, fee, penalty
 * (including what sat in suspense on a non-accrual loan), why and by whom. The loan keeps it: it
 * bounds the recoveries.
 */
public record LoanWrittenOff(
    long loanId,
    long customerId,
    Money principal,
    Money interest,
    Money fee,
    Money penalty,
    LocalDate on,
    String reason,
    String by)
    implements ServicingEvent {

  public LoanWrittenOff {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(penalty, "penalty");
    Objects.requireNonNull(on, "on");
  }

  public Money total() {
    return principal.plus(interest).plus(fee).plus(penalty);
  }
}
