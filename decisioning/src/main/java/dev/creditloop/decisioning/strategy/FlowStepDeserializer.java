package dev.creditloop.decisioning.strategy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;

/** A flow step is either a shared step's id (a string) or an inline step (an object with a type). */
final class FlowStepDeserializer extends JsonDeserializer<StepDocument> {

  @Override
  public StepDocument deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return new StepReference(p.getText());
    }
    return ctxt.readValue(p, StepDocument.class);
  }

  /** The element type is polymorphic; this deserializer decides the shape itself. */
  @Override
  public Object deserializeWithType(
      JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
      throws IOException {
    return deserialize(p, ctxt);
  }
}
