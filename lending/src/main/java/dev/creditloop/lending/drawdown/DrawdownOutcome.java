package dev.creditloop.lending.drawdown;

import dev.creditloop.servicing.loan.Loan;
import java.time.LocalDate;
import java.util.List;

/** What a drawdown request came to: money out, a person to decide, or a strategy's no. */
public sealed interface DrawdownOutcome
    permits DrawdownOutcome.Disbursed, DrawdownOutcome.ParkedForReview, DrawdownOutcome.Rejected {

  /** The loan was booked and disbursed on {@code on} (the business date). */
  record Disbursed(Loan loan, LocalDate on) implements DrawdownOutcome {}

  /** The strategy asked for a person: the request waits in the review queue, nothing is held. */
  record ParkedForReview(long reviewId, Long decisionId, List<DrawdownGate.Reason> reasons)
      implements DrawdownOutcome {

    public ParkedForReview {
      reasons = List.copyOf(reasons);
    }
  }

  /** The strategy said no: nothing was disbursed or reserved. */
  record Rejected(Long decisionId, List<DrawdownGate.Reason> reasons) implements DrawdownOutcome {

    public Rejected {
      reasons = List.copyOf(reasons);
    }
  }
}
