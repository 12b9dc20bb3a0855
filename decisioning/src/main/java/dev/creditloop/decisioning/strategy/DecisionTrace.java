package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.list.ListHit;
import dev.creditloop.decisioning.rule.Action;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a decision came about. Taking a decision only keeps indices and raw step results; names,
 * values and hits are put together here, when the trace is read (by the decision log, say).
 */
public final class DecisionTrace {

  /** A rule that held. */
  public record RuleHit(String step, String rule, Action action, String reason, double weight) {}

  /**
   * A condition or output that could not be evaluated (a division by zero, an overflow): the step
   * ({@code segments} for a segment's condition, {@code outputs} for an output), the rule, segment
   * or output, and why.
   */
  public record RuleError(String step, String rule, String error) {}

  /** The row a table step hit ({@code row} -1 when none did), as written, and what it gave. */
  public record TableHit(
      String step, int row, String cells, Action action, Map<String, Double> values) {}

  /** The bin a scorecard characteristic fell in, its points and the best it could have had. */
  public record BinHit(
      String step,
      String characteristic,
      String feature,
      double value,
      String bin,
      double points,
      double maxPoints) {}

  private final Evaluation ev;

  DecisionTrace(Evaluation ev) {
    this.ev = ev;
  }

  /** Segments whose condition was evaluated, in order; the last is the one chosen, if any. */
  public List<String> segmentsTried() {
    List<String> names = new ArrayList<>();
    Segment[] segments = ev.version.segments;
    for (int s = 0; s < ev.segmentsTried; s++) {
      names.add(segments[s].name());
    }
    return names;
  }

  /** Steps that ran, in order. */
  public List<String> steps() {
    return stepIds(true);
  }

  /** Steps a list hit skipped. */
  public List<String> skipped() {
    List<String> ids = new ArrayList<>();
    Flow flow = ev.flow();
    if (flow != null) {
      for (int i = 0; i < flow.steps.length; i++) {
        if ((ev.skipped & (1L << i)) != 0) {
          ids.add(flow.steps[i].id);
        }
      }
    }
    return ids;
  }

  private List<String> stepIds(boolean ran) {
    List<String> ids = new ArrayList<>();
    Flow flow = ev.flow();
    if (flow != null) {
      for (int i = 0; i < flow.steps.length; i++) {
        if ((ev.results[i] != null) == ran) {
          ids.add(flow.steps[i].id);
        }
      }
    }
    return ids;
  }

  /**
   * Every feature read by the segment conditions evaluated, the steps that ran and the outputs
   * computed, by name in slot order, with the value it had ({@code score} included once set).
   */
  public Map<String, Double> featuresRead() {
    BitSet slots = new BitSet();
    Segment[] segments = ev.version.segments;
    for (int s = 0; s < ev.segmentsTried; s++) {
      for (int slot : segments[s].when().reads()) {
        slots.set(slot);
      }
    }
    Flow flow = ev.flow();
    if (flow != null) {
      for (int i = 0; i < flow.steps.length; i++) {
        if (ev.results[i] != null) {
          for (int slot : flow.steps[i].reads()) {
            slots.set(slot);
          }
        }
      }
      if (ev.outputs != null) {
        for (Output output : flow.outputs) {
          for (int slot : output.reads()) {
            slots.set(slot);
          }
        }
      }
    }
    Map<String, Double> read = new LinkedHashMap<>();
    slots.stream().forEach(slot -> read.put(ev.version.features.get(slot).name(), ev.w[slot]));
    return Collections.unmodifiableMap(read);
  }

  public List<RuleHit> ruleHits() {
    List<RuleHit> hits = new ArrayList<>();
    forEachResult((step, result) -> step.ruleHits(result, hits));
    return hits;
  }

  /** Conditions and outputs that failed, in the order they were met; empty when none did. */
  public List<RuleError> ruleErrors() {
    return ev.errors == null ? List.of() : Collections.unmodifiableList(ev.errors);
  }

  public List<TableHit> tableHits() {
    List<TableHit> hits = new ArrayList<>();
    forEachResult((step, result) -> step.tableHits(result, hits));
    return hits;
  }

  public List<BinHit> scorecardBins() {
    List<BinHit> hits = new ArrayList<>();
    forEachResult((step, result) -> step.binHits(result, ev.w, hits));
    return hits;
  }

  public List<ListHit> listHits() {
    List<ListHit> hits = new ArrayList<>();
    forEachResult((step, result) -> step.listHits(result, hits));
    return hits;
  }

  private void forEachResult(java.util.function.BiConsumer<StepRun, Object> action) {
    Flow flow = ev.flow();
    if (flow == null) {
      return;
    }
    for (int i = 0; i < flow.steps.length; i++) {
      if (ev.results[i] != null) {
        action.accept(flow.steps[i], ev.results[i]);
      }
    }
  }

  @Override
  public String toString() {
    return "segments="
        + segmentsTried()
        + " steps="
        + steps()
        + " skipped="
        + skipped()
        + " features="
        + featuresRead()
        + " rules="
        + ruleHits()
        + " tables="
        + tableHits()
        + " bins="
        + scorecardBins()
        + " lists="
        + listHits()
        + " errors="
        + ruleErrors();
  }
}
