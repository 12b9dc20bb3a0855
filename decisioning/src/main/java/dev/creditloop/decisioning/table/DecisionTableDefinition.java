package dev.creditloop.decisioning.table;

import java.util.List;

/**
 * A decision table as written: {@code inputs} name the features of the columns, {@code outputs} the
 * numbers a row may give (derived from the rows when left out).
 */
public record DecisionTableDefinition(
    String id,
    HitPolicy hitPolicy,
    List<String> inputs,
    List<String> outputs,
    List<TableRowDefinition> rows) {}
