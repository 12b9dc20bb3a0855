package dev.creditloop.decisioning.rule;

import dev.creditloop.decisioning.expr.EvaluationFailed;
import java.util.Arrays;

/**
 * What a rule set said: its action, the rules that held (indices into the set, in rule order), the
 * summed weight of the hits, in weighted mode the threshold reached (-1 for none), and the rules
 * whose condition could not be evaluated, with why.
 */
public final class RuleSetResult {

  static final int[] NO_HITS = new int[0];

  private final Action action;
  private final int[] hits;
  private final double weight;
  private final int threshold;
  private final Failures failures;

  RuleSetResult(Action action, int[] hits, double weight, int threshold) {
    this(action, hits, weight, threshold, null);
  }

  private RuleSetResult(
      Action action, int[] hits, double weight, int threshold, Failures failures) {
    this.action = action;
    this.hits = hits;
    this.weight = weight;
    this.threshold = threshold;
    this.failures = failures;
  }

  RuleSetResult withFailures(Failures failures) {
    return new RuleSetResult(action, hits, weight, threshold, failures);
  }

  /** Rules that failed and why, in rule order; grown only when a rule fails. */
  static final class Failures {
    private int[] rules = new int[2];
    private EvaluationFailed[] errors = new EvaluationFailed[2];
    private int count;

    static Failures add(Failures to, int rule, EvaluationFailed error) {
      Failures f = to == null ? new Failures() : to;
      if (f.count == f.rules.length) {
        f.rules = Arrays.copyOf(f.rules, f.count * 2);
        f.errors = Arrays.copyOf(f.errors, f.count * 2);
      }
      f.rules[f.count] = rule;
      f.errors[f.count] = error;
      f.count++;
      return f;
    }
  }

  /** Indices of the rules whose condition failed; empty when none did. */
  public int[] failed() {
    return failures == null ? NO_HITS : Arrays.copyOf(failures.rules, failures.count);
  }

  /** Why the {@code i}-th rule of {@link #failed()} failed. */
  public EvaluationFailed failure(int i) {
    return failures.errors[i];
  }

  public boolean anyFailed() {
    return failures != null;
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
    return action
        + " hits="
        + Arrays.toString(hits)
        + " weight="
        + weight
        + (failures == null ? "" : " failed=" + Arrays.toString(failed()));
  }
}
