package dev.creditloop.lending.repayment;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.allocation.Allocation;
import java.time.LocalDate;

/** Port: the record of money received, one row per repayment or recovery. */
public interface Receipts {

  /** A repayment and where it went, instalment by instalment and component by component. */
  void repaid(Allocation allocation);

  void recovered(long loanId, Money amount, LocalDate on);
}
