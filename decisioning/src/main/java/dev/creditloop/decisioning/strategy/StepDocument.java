package dev.creditloop.decisioning.strategy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A step as written, told apart by its {@code type}: {@code lists}, {@code rules}, {@code table} or
 * {@code scorecard}. In a flow's list of steps a bare string refers to a step declared under the
 * document's top-level {@code steps}, so one step can serve several flows.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ListScreenStep.class, name = "lists"),
  @JsonSubTypes.Type(value = RuleSetStep.class, name = "rules"),
  @JsonSubTypes.Type(value = DecisionTableStep.class, name = "table"),
  @JsonSubTypes.Type(value = ScorecardStep.class, name = "scorecard")
})
public sealed interface StepDocument
    permits ListScreenStep, RuleSetStep, DecisionTableStep, ScorecardStep, StepReference {

  /** The step's id, unique in the strategy; for a reference, the id it refers to. */
  String id();
}
