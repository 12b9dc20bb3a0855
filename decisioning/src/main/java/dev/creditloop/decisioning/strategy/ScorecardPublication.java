package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import dev.creditloop.decisioning.scorecard.ScorecardDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a scorecard into a strategy as a new version: the step with the given id, shared or inline
 * in any flow, gets the card's base points and characteristics; everything else of the strategy is
 * kept as it was. The card's cut-offs and reason-code count replace the step's when given, else the
 * step keeps its own, so a re-trained card on the same scale slots into the same decision bands.
 * The new version is a DRAFT: it is activated like any other version, after a backtest.
 */
public final class ScorecardPublication {

  private ScorecardPublication() {}

  /**
   * The strategy {@code base} with step {@code stepId} replaced by {@code card}, as version {@code
   * newVersion}.
   *
   * @throws StrategyDocumentException when the strategy has no scorecard step of that id
   */
  public static StrategyDocument publish(
      StrategyDocument base, String stepId, ScorecardDefinition card, int newVersion)
      throws StrategyDocumentException {
    int[] replaced = {0};
    String[] wrongType = {null};
    Map<String, StepDocument> steps = null;
    if (base.steps() != null) {
      steps = new LinkedHashMap<>();
      for (Map.Entry<String, StepDocument> e : base.steps().entrySet()) {
        boolean named =
            e.getKey().equals(stepId)
                && (e.getValue().id() == null || e.getValue().id().equals(stepId));
        steps.put(
            e.getKey(), named ? replace(e.getValue(), card, replaced, wrongType) : e.getValue());
      }
    }
    Map<String, FlowDocument> flows = null;
    if (base.flows() != null) {
      flows = new LinkedHashMap<>();
      for (Map.Entry<String, FlowDocument> e : base.flows().entrySet()) {
        FlowDocument flow = e.getValue();
        List<StepDocument> flowSteps = null;
        if (flow.steps() != null) {
          flowSteps = new ArrayList<>(flow.steps().size());
          for (StepDocument step : flow.steps()) {
            boolean inline = !(step instanceof StepReference) && stepId.equals(step.id());
            flowSteps.add(inline ? replace(step, card, replaced, wrongType) : step);
          }
        }
        flows.put(e.getKey(), new FlowDocument(flowSteps, flow.outputs(), flow.stopOnReject()));
      }
    }
    if (wrongType[0] != null) {
      throw problem("step '" + stepId + "' is a " + wrongType[0] + " step, not a scorecard");
    }
    if (replaced[0] == 0) {
      throw problem("strategy " + base.id() + " has no scorecard step '" + stepId + "'");
    }
    return new StrategyDocument(
        base.id(),
        base.name(),
        newVersion,
        Status.DRAFT,
        base.mode(),
        base.onRuleError(),
        base.description(),
        base.segments(),
        steps,
        flows,
        base.experiment());
  }

  private static StepDocument replace(
      StepDocument step, ScorecardDefinition card, int[] replaced, String[] wrongType) {
    if (!(step instanceof ScorecardStep old)) {
      wrongType[0] =
          step.getClass().getSimpleName().replace("Step", "").toLowerCase(java.util.Locale.ROOT);
      return step;
    }
    replaced[0]++;
    return new ScorecardStep(
        old.id(),
        card.basePoints(),
        card.reasonCodes() == null ? old.reasonCodes() : card.reasonCodes(),
        card.characteristics(),
        card.cutoffs() == null || card.cutoffs().isEmpty() ? old.cutoffs() : card.cutoffs());
  }

  private static StrategyDocumentException problem(String cause) {
    return new StrategyDocumentException(new DefinitionProblem("step", 0, 0, cause), null);
  }
}
