package dev.creditloop.lending.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Port: the stored scoring passes (runs) and the score history they hold. */
public interface ScoringPasses {

  /** How {@link #begin} went. */
  sealed interface Begun permits Started, AlreadyScored {}

  /** A new run, RUNNING. */
  record Started(long runId) implements Begun {}

  /** A DONE run of the same card and day exists; nothing was started. */
  record AlreadyScored(long runId) implements Begun {}

  /** The DONE run of this card and day, if any. */
  Optional<Long> done(CardKey card, LocalDate asOf);

  /**
   * In one transaction: refuses a second DONE run of the card and day, marks one a stopped process
   * left RUNNING as FAILED (it wrote no scores: they go in with DONE), and starts a run.
   */
  Begun begin(CardKey card, LocalDate asOf, Instant at);

  void fail(long runId, Instant at, String why);

  /**
   * In one transaction, so readers see all of a run or none: the pass's scores into the history,
   * its summary and its drift against the card's previous DONE run, and the run DONE.
   */
  void finish(long runId, ScoredPass pass, Instant at);
}
