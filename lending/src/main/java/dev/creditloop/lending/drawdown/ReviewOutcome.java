package dev.creditloop.lending.drawdown;

/** What a reviewer's decision came to. */
public sealed interface ReviewOutcome permits ReviewOutcome.Approved, ReviewOutcome.Rejected {

  /** Approved, and the loan disbursed. */
  record Approved(long reviewId, DrawdownOutcome.Disbursed disbursed) implements ReviewOutcome {}

  /** Rejected: the request is closed, nothing was disbursed. */
  record Rejected(Review review) implements ReviewOutcome {}
}
