package dev.creditloop.decisioning.strategy;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * A flow step is either a shared step's id (a string) or an inline step (an object with a type).
 */
final class FlowStepDeserializer extends ValueDeserializer<StepDocument> {

  @Override
  public StepDocument deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return new StepReference(p.getString());
    }
    return ctxt.readValue(p, StepDocument.class);
  }

  /** The element type is polymorphic; this deserializer decides the shape itself. */
  @Override
  public Object deserializeWithType(
      JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
    return deserialize(p, ctxt);
  }
}
