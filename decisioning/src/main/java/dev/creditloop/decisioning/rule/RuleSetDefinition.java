package dev.creditloop.decisioning.rule;

import java.util.List;

/** A rule set as written in a strategy document. */
public record RuleSetDefinition(
    String id, RuleSetMode mode, List<RuleDefinition> rules, List<Threshold> thresholds) {}
