package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.rule.RuleDefinition;
import dev.creditloop.decisioning.rule.RuleSetDefinition;
import dev.creditloop.decisioning.rule.RuleSetMode;
import dev.creditloop.decisioning.rule.Threshold;
import java.util.List;

/** {@code type: rules}. */
public record RuleSetStep(
    String id, RuleSetMode mode, List<RuleDefinition> rules, List<Threshold> thresholds)
    implements StepDocument {

  RuleSetDefinition definition(String id) {
    return new RuleSetDefinition(id, mode, rules, thresholds);
  }
}
