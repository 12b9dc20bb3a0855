package dev.creditloop.lending.repayment;

import dev.creditloop.kernel.Money;
import java.util.Objects;

/** Money received for a loan, validated at the edge (a positive amount). */
public record RepaymentCommand(long loanId, Money amount) {

  public RepaymentCommand {
    Objects.requireNonNull(amount, "amount");
  }
}
