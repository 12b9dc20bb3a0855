package dev.creditloop.decisioning.table;

import dev.creditloop.decisioning.rule.Action;
import java.util.List;
import java.util.Map;

/**
 * One row as written: one cell per input column ({@code any}, {@code missing}, an interval such as
 * {@code [0, 0.5)}, a number, a set such as {@code {1, 2, 3}}, or {@code true}/{@code false} for
 * BOOL features), and what the row gives: an optional action and reason, and output values.
 */
public record TableRowDefinition(
    List<String> when, Action action, String reason, String message, Map<String, Double> values) {}
