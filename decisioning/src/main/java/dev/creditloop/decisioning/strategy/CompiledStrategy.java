package dev.creditloop.decisioning.strategy;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A compiled strategy version, immutable and safe to share between threads: every expression is a
 * closure, every table and scorecard a set of arrays. With an experiment, each customer is routed
 * to their arm's version.
 */
public final class CompiledStrategy {

  private final CompiledVersion self;
  private final ArmAssignment experiment;
  private final CompiledVersion[] arms;

  private final BitSet reads;

  CompiledStrategy(CompiledVersion self, ArmAssignment experiment, CompiledVersion[] arms) {
    this.self = self;
    this.experiment = experiment;
    this.arms = arms;
    this.reads = self.reads();
    if (arms != null) {
      for (CompiledVersion arm : arms) {
        reads.or(arm.reads());
      }
    }
  }

  public Decision decide(DecisionRequest request) {
    long start = System.nanoTime();
    CompiledVersion version = self;
    String arm = null;
    if (experiment != null) {
      int index = experiment.armIndex(request.customerId());
      version = arms[index];
      arm = experiment.arms().get(index).name();
    }
    Evaluation ev = version.evaluate(request);
    return new Decision(ev, arm, System.nanoTime() - start);
  }

  /**
   * Every slot a decision of this strategy can read, in any arm of its experiment: a fill by the
   * catalogue's plan for these ({@code BehaviourCatalogue.plan}) gives its decisions exactly what a
   * full fill would. The caller must not modify it.
   */
  public BitSet reads() {
    return reads;
  }

  public String id() {
    return self.id;
  }

  public String name() {
    return self.name;
  }

  public int version() {
    return self.version;
  }

  public Status status() {
    return self.status;
  }

  public Mode mode() {
    return self.mode;
  }

  public Optional<ArmAssignment> experiment() {
    return Optional.ofNullable(experiment);
  }

  public List<String> segments() {
    return java.util.Arrays.stream(self.segments).map(Segment::name).toList();
  }

  /**
   * The scorecard step {@code stepId} of this version (not of an experiment's arms), compiled: for
   * scoring a whole book with the card the strategy runs, outside any request.
   */
  public Optional<dev.creditloop.decisioning.scorecard.CompiledScorecard> scorecard(String stepId) {
    for (Flow flow : self.flows) {
      for (StepRun step : flow.steps) {
        if (step instanceof ScorecardRun run && step.id.equals(stepId)) {
          return Optional.of(run.card);
        }
      }
    }
    return Optional.empty();
  }

  public List<String> flows() {
    return self.flows.stream().map(f -> f.name).toList();
  }
}
