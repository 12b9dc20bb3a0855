package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.expr.EvaluationFailed;
import dev.creditloop.decisioning.feature.FeatureSpec;
import dev.creditloop.decisioning.rule.Action;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/** One compiled strategy version: segments and flows, ready to evaluate a request. */
final class CompiledVersion {

  final String id;
  final String name;
  final int version;
  final Status status;
  final Mode mode;

  /** What a condition or output that fails at run time makes of the decision: REVIEW or REJECT. */
  final Action onRuleError;

  final Segment[] segments;
  final List<Flow> flows;

  /** The catalogue's features followed by the strategy's variables. */
  final List<FeatureSpec> features;

  private final int catalogueSize;

  CompiledVersion(
      StrategyDocument doc,
      Segment[] segments,
      List<Flow> flows,
      List<FeatureSpec> features,
      int catalogueSize) {
    this.id = doc.id();
    this.name = doc.name() == null ? doc.id() : doc.name();
    this.version = doc.version();
    this.status = doc.status() == null ? Status.DRAFT : doc.status();
    this.mode = doc.mode() == null ? Mode.LIVE : doc.mode();
    this.onRuleError = doc.onRuleError() == null ? Action.REVIEW : doc.onRuleError();
    this.segments = segments;
    this.flows = List.copyOf(flows);
    this.features = List.copyOf(features);
    this.catalogueSize = catalogueSize;
  }

  /**
   * Every slot a decision of this version can read: its segment conditions', its steps' and its
   * outputs' (catalogue features and its own variables alike).
   */
  BitSet reads() {
    BitSet reads = new BitSet();
    List<Flow> all = new ArrayList<>(flows);
    for (Segment segment : segments) {
      for (int slot : segment.when().reads()) {
        reads.set(slot);
      }
      all.add(segment.flow());
    }
    for (Flow flow : all) {
      for (StepRun step : flow.steps) {
        for (int slot : step.reads()) {
          reads.set(slot);
        }
      }
      for (Output output : flow.outputs) {
        for (int slot : output.reads()) {
          reads.set(slot);
        }
      }
    }
    return reads;
  }

  Evaluation evaluate(DecisionRequest request) {
    double[] f = request.features();
    if (f.length != catalogueSize) {
      throw new IllegalArgumentException(
          "expected " + catalogueSize + " features, got " + f.length);
    }
    double[] w = Arrays.copyOf(f, features.size());
    for (int i = catalogueSize; i < w.length; i++) {
      w[i] = Double.NaN;
    }
    Evaluation ev = new Evaluation(this, request, w);
    for (int s = 0; s < segments.length; s++) {
      ev.segmentsTried = s + 1;
      boolean holds;
      try {
        holds = segments[s].when().node().eval(w);
      } catch (EvaluationFailed e) {
        // Which flow the request belongs to is unknown: no flow runs, the failure decides.
        ev.failed("segments", segments[s].name(), e);
        return ev;
      }
      if (holds) {
        ev.segment = segments[s];
        segments[s].flow().run(ev);
        return ev;
      }
    }
    ev.act(Action.REVIEW);
    ev.reason("NO_SEGMENT", "no segment matched the request", null);
    return ev;
  }
}
