package dev.creditloop.decisioning.rule;

/**
 * One rule as written: {@code when} is a CEL condition; {@code action} and {@code reason} apply in
 * first- and all-match sets, {@code weight} in weighted sets.
 */
public record RuleDefinition(
    String id, String when, Action action, String reason, String message, Double weight) {}
