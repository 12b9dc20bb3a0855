package dev.creditloop.decisioning.strategy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The decision on a request: the outcome and its reasons, the score and outputs (a suggested limit,
 * a price), which segment and arm it went through, which strategy version took it, in which mode (a
 * SHADOW decision is logged, never acted on), how long it took, and its trace.
 */
public final class Decision {

  /** The output name a suggested limit is written under. */
  public static final String LIMIT = "limit";

  /** The output name a suggested price is written under. */
  public static final String PRICE = "price";

  private final Evaluation ev;
  private final String arm;
  private final long latencyNanos;

  Decision(Evaluation ev, String arm, long latencyNanos) {
    this.ev = ev;
    this.arm = arm;
    this.latencyNanos = latencyNanos;
  }

  public Outcome outcome() {
    return Outcome.of(ev.action);
  }

  public List<Reason> reasons() {
    return ev.reasons == null ? List.of() : Collections.unmodifiableList(ev.reasons);
  }

  /** The score of the last scorecard the flow ran, if any ran. */
  public OptionalDouble score() {
    return Double.isNaN(ev.score) ? OptionalDouble.empty() : OptionalDouble.of(ev.score);
  }

  /** The flow's outputs that have a value (none when the request was rejected). */
  public Map<String, Double> outputs() {
    Flow flow = ev.flow();
    if (ev.outputs == null || flow == null) {
      return Map.of();
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int o = 0; o < flow.outputs.length; o++) {
      if (!Double.isNaN(ev.outputs[o])) {
        out.put(flow.outputs[o].name, ev.outputs[o]);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  public OptionalDouble suggestedLimit() {
    return output(LIMIT);
  }

  public OptionalDouble price() {
    return output(PRICE);
  }

  public OptionalDouble output(String name) {
    Double v = outputs().get(name);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** The segment chosen, or null when none matched (the outcome is then REVIEW). */
  public String segment() {
    return ev.segment == null ? null : ev.segment.name();
  }

  public String flow() {
    return ev.segment == null ? null : ev.segment.flow().name;
  }

  /** The champion/challenger arm, or null when the strategy runs no experiment. */
  public String arm() {
    return arm;
  }

  public String strategyId() {
    return ev.version.id;
  }

  /** The version that took the decision: the arm's version in an experiment. */
  public int strategyVersion() {
    return ev.version.version;
  }

  public Mode mode() {
    return ev.version.mode;
  }

  public long customerId() {
    return ev.request.customerId();
  }

  public long latencyNanos() {
    return latencyNanos;
  }

  public DecisionTrace trace() {
    return new DecisionTrace(ev);
  }

  @Override
  public String toString() {
    return outcome()
        + " "
        + reasons()
        + " score="
        + score()
        + " outputs="
        + outputs()
        + " segment="
        + segment()
        + " arm="
        + arm
        + " "
        + strategyId()
        + "@v"
        + strategyVersion()
        + " "
        + mode();
  }
}
