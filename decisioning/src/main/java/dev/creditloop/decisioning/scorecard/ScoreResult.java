package dev.creditloop.decisioning.scorecard;

import dev.creditloop.decisioning.rule.Action;

/**
 * A score and how it came about: the bin that fired for each characteristic (index into the
 * characteristic's bins as written) and the cut-off reached (-1 for none).
 */
public final class ScoreResult {

  private final double score;
  private final int[] bins;
  private final int cutoff;
  private final Action action;

  ScoreResult(double score, int[] bins, int cutoff, Action action) {
    this.score = score;
    this.bins = bins;
    this.cutoff = cutoff;
    this.action = action;
  }

  public double score() {
    return score;
  }

  /** The bin fired per characteristic; the caller must not modify the array. */
  public int[] bins() {
    return bins;
  }

  public int cutoff() {
    return cutoff;
  }

  public Action action() {
    return action;
  }
}
