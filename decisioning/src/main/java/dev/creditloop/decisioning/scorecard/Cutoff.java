package dev.creditloop.decisioning.scorecard;

import dev.creditloop.decisioning.rule.Action;

/** A score below {@code below} gives {@code action}; the lowest matching cut-off applies. */
public record Cutoff(double below, Action action, String reason, String message) {}
