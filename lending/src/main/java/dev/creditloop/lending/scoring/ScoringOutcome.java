package dev.creditloop.lending.scoring;

/** What asking for a scoring pass came to. */
public sealed interface ScoringOutcome
    permits ScoringOutcome.Scored, ScoringOutcome.AlreadyScored, ScoringOutcome.Refused {

  /** The pass ran to the end: run {@code runId}, DONE. */
  record Scored(long runId, int customers, long recomputed) implements ScoringOutcome {}

  /** The same card already scored that day: run {@code runId}. */
  record AlreadyScored(long runId, String reason) implements ScoringOutcome {}

  /**
   * Not scored: {@code code} says why (as-of-not-closed, strategy-not-active,
   * scorecard-step-unknown), {@code field} which part of the command.
   */
  record Refused(String code, String field, String reason) implements ScoringOutcome {}
}
