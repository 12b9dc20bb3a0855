package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.expr.EvaluationFailed;
import dev.creditloop.decisioning.rule.Action;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one decision while it is taken; afterwards the trace reads it. Confined to the
 * deciding thread, so plain fields.
 */
final class Evaluation {

  final CompiledVersion version;
  final DecisionRequest request;

  /** The request's features plus the strategy's own variables (the score) at the end. */
  final double[] w;

  int segmentsTried;
  Segment segment;
  Object[] results;
  long skipped;
  Action action = Action.PASS;
  List<Reason> reasons;
  List<DecisionTrace.RuleError> errors;
  double score = Double.NaN;
  double[] outputs;

  Evaluation(CompiledVersion version, DecisionRequest request, double[] w) {
    this.version = version;
    this.request = request;
    this.w = w;
  }

  void act(Action a) {
    action = action.worst(a);
  }

  void reason(String code, String message, String step) {
    if (reasons == null) {
      reasons = new ArrayList<>(4);
    }
    reasons.add(new Reason(code, message, step));
  }

  /**
   * A condition or output of {@code step} could not be evaluated: never silence, the version's
   * {@code onRuleError} outcome with a reason, and the failure in the trace.
   */
  void failed(String step, String rule, EvaluationFailed error) {
    if (errors == null) {
      errors = new ArrayList<>(2);
    }
    errors.add(new DecisionTrace.RuleError(step, rule, error.getMessage()));
    act(version.onRuleError);
    reason(RULE_ERROR, "rule " + rule + " could not be evaluated: " + error.getMessage(), step);
  }

  /** The reason code of a decision a failing rule decided. */
  static final String RULE_ERROR = "RULE_ERROR";

  Flow flow() {
    return segment == null ? null : segment.flow();
  }
}
