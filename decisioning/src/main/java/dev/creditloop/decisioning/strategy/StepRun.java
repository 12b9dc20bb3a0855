package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.list.ListHit;
import java.util.List;

/**
 * A compiled step as one flow runs it. The compiled rule set, table or scorecard is shared by every
 * flow using it; this wrapper adds what depends on the flow (skip masks). A step returns its raw
 * result, kept for the trace, which asks the step to render it only when read.
 */
abstract class StepRun {

  final String id;

  StepRun(String id) {
    this.id = id;
  }

  /** Runs the step, records its action and reasons into {@code ev}, returns its result. */
  abstract Object run(Evaluation ev);

  /** Feature slots the step reads; the caller must not modify the array. */
  abstract int[] reads();

  void ruleHits(Object result, List<DecisionTrace.RuleHit> into) {}

  void tableHits(Object result, List<DecisionTrace.TableHit> into) {}

  void binHits(Object result, double[] w, List<DecisionTrace.BinHit> into) {}

  void listHits(Object result, List<ListHit> into) {}
}
