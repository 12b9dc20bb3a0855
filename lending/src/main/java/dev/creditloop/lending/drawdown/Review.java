package dev.creditloop.lending.drawdown;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.schedule.Term;
import java.time.Instant;

/**
 * A drawdown the gate parked for a person, and what the person decided.
 *
 * @param decisionId the gate's logged decision (null when none was logged)
 * @param requestedAt when it was requested, on the business clock
 * @param reviewedAt when it was decided, on the wall clock (null while pending)
 * @param loanId the disbursed loan, once approved
 */
public record Review(
    long id,
    long creditLineId,
    long customerId,
    Money amount,
    Term term,
    Long decisionId,
    Status status,
    Instant requestedAt,
    Instant reviewedAt,
    String reviewedBy,
    String reviewNote,
    Long loanId) {

  /** PENDING until a person approves (and the loan is disbursed) or rejects it. */
  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  /** A request just parked (its id is given when stored). */
  public static Review pending(
      long creditLineId,
      long customerId,
      Money amount,
      Term term,
      Long decisionId,
      Instant requestedAt) {
    return new Review(
        0,
        creditLineId,
        customerId,
        amount,
        term,
        decisionId,
        Status.PENDING,
        requestedAt,
        null,
        null,
        null,
        null);
  }
}
