package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.list.ListCheckDefinition;
import dev.creditloop.decisioning.list.ListScreenDefinition;
import java.util.List;

/** {@code type: lists}. */
public record ListScreenStep(String id, List<ListCheckDefinition> checks) implements StepDocument {

  ListScreenDefinition definition(String id) {
    return new ListScreenDefinition(id, checks);
  }
}
