package dev.creditloop.decisioning.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A flow's mention of a step declared under the document's top-level {@code steps}. */
@tools.jackson.databind.annotation.JsonSerialize(using = DocumentFormat.ReferenceAsString.class)
public record StepReference(@JsonValue String id) implements StepDocument {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static StepReference of(String id) {
    return new StepReference(id);
  }
}
