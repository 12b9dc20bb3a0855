package dev.creditloop.decisioning.strategy;

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

  Flow flow() {
    return segment == null ? null : segment.flow();
  }
}
