package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.table.DecisionTableDefinition;
import dev.creditloop.decisioning.table.HitPolicy;
import dev.creditloop.decisioning.table.TableRowDefinition;
import java.util.List;

/** {@code type: table}. */
public record DecisionTableStep(
    String id,
    HitPolicy hitPolicy,
    List<String> inputs,
    List<String> outputs,
    List<TableRowDefinition> rows)
    implements StepDocument {

  DecisionTableDefinition definition(String id) {
    return new DecisionTableDefinition(id, hitPolicy, inputs, outputs, rows);
  }
}
