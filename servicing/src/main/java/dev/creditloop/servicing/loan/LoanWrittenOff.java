package dev.creditloop.servicing.loan;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.ServicingEvent;
import java.time.LocalDate;

/**
 * The receivables written off: outstanding principal and recognised unpaid interest, fee, penalty.
 */
public record LoanWrittenOff(
    long loanId,
    long customerId,
    Money principal,
    Money interest,
    Money fee,
    Money penalty,
    LocalDate on)
    implements ServicingEvent {

  public Money total() {
    return principal.plus(interest).plus(fee).plus(penalty);
  }
}
