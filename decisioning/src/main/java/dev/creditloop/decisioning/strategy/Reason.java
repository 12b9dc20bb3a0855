package dev.creditloop.decisioning.strategy;

/** A reason given for a decision: a stable code, a message, and the step that gave it. */
public record Reason(String code, String message, String step) {}
