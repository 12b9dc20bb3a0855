package dev.creditloop.decisioning.rule;

/** In a weighted rule set: a summed weight of at least {@code atLeast} gives {@code action}. */
public record Threshold(double atLeast, Action action, String reason, String message) {}
