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

  /** The largest days past due over the customer's open loans (0 when none is overdue). */
  int currentDpdOfCustomer(long customerId);

  /** The lowest id of the customer's written-off loans, if they have one. */
  Optional<Long> writtenOffLoanOf(long customerId);

  /**
   * Both of the above in one read (a drawdown asks them together, so the server answers with one
   * statement).
   */
  Standing standingOf(long customerId);

  /** The customer's written-off loan (the lowest id), if any, and current days past due. */
  record Standing(Optional<Long> writtenOffLoan, int currentDpd) {}
}
