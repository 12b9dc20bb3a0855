package dev.creditloop.lending.port;

import dev.creditloop.servicing.loan.Loan;
import java.util.Optional;

/** Port: the stored loans a use case reads, locks, inserts and saves one at a time. */
public interface Loans {

  long nextId();

  void insert(Loan loan);

  /** The loan, locked until the transaction ends (a repayment and the close queue here). */
  Optional<Loan> lock(long id);

  void save(Loan loan);

  /** The lowest id of the customer's written-off loans, if they have one. */
  Optional<Long> writtenOffLoanOf(long customerId);

  /**
   * The customer's written-off loan (the lowest id), if any, and their largest days past due over
   * open loans (0 when none is overdue): what a drawdown checks before its decision, read with the
   * line ({@link CreditLines#findWithStanding}, {@link CreditLines#lockWithStanding}).
   */
  record Standing(Optional<Long> writtenOffLoan, int currentDpd) {}
}
