package dev.creditloop.decisioning.rule;

import java.util.Arrays;

/**
 * What a rule set said: its action, the rules that held (indices into the set, in rule order),
 * the summed weight of the hits and, in weighted mode, the threshold reached (-1 for none).
 */
public final class RuleSetResult {

  static final int[] NO_HITS = new int[0];

  private final Action action;
  private final int[] hits;
  private final double weight;
  private final int threshold;

  RuleSetResult(Action action, int[] hits, double weight, int threshold) {
    this.action = action;
    this.hits = hits;
    this.weight = weight;
    this.threshold = threshold;
  }

  public Action action() {
    return action;
  }

  /** Indices of the rules that held; the caller must not modify the array. */
  public int[] hits() {
    return hits;
  }

  public double weight() {
    return weight;
  }

  public int threshold() {
    return threshold;
  }

  @Override
  public String toString() {
    return action + " hits=" + Arrays.toString(hits) + " weight=" + weight;
  }
}
