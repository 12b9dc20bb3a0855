package dev.creditloop.decisioning.strategy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.creditloop.decisioning.expr.DefinitionProblem;

/**
 * Jackson set up strictly: an unknown or misspelt field is an error with its path, not a
 * silently ignored setting; enum values may be written in any case.
 */
final class DocumentFormat {

  private static final ObjectMapper YAML =
      strict(YAMLMapper.builder(YAMLFactory.builder().build()))
          .build();
  private static final ObjectMapper JSON = strict(JsonMapper.builder()).build();

  private DocumentFormat() {}

  private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B strict(B builder) {
    return builder
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  private static final ObjectMapper WRITER =
      JsonMapper.builder()
          .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
          .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .build();

  /** The document as JSON that {@link #read} reads back to an equal document. */
  static String writeJson(StrategyDocument document) {
    try {
      return WRITER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a strategy document could not be written as JSON", e);
    }
  }

  /** A flow's reference to a shared step is written back as the bare id it was read from. */
  static final class ReferenceAsString extends com.fasterxml.jackson.databind.JsonSerializer<StepReference> {
    @Override
    public void serialize(StepReference value, JsonGenerator gen, com.fasterxml.jackson.databind.SerializerProvider provider)
        throws java.io.IOException {
      gen.writeString(value.id());
    }

    @Override
    public void serializeWithType(StepReference value, JsonGenerator gen,
        com.fasterxml.jackson.databind.SerializerProvider provider, com.fasterxml.jackson.databind.jsontype.TypeSerializer types)
        throws java.io.IOException {
      serialize(value, gen, provider);
    }
  }

  static StrategyDocument read(String text, boolean yaml) throws StrategyDocumentException {
    try {
      StrategyDocument document = (yaml ? YAML : JSON).readValue(text, StrategyDocument.class);
      if (document == null) {
        throw new StrategyDocumentException(
            new DefinitionProblem("", 0, 0, "the document is empty"), null);
      }
      return document;
    } catch (JsonMappingException e) {
      throw new StrategyDocumentException(
          new DefinitionProblem(path(e), 0, 0, where(e.getLocation()) + e.getOriginalMessage()),
          e);
    } catch (JsonProcessingException e) {
      throw new StrategyDocumentException(
          new DefinitionProblem("", 0, 0, where(e.getLocation()) + e.getOriginalMessage()), e);
    }
  }

  /** Jackson's reference chain as {@code flows.repeat.steps[2].rules[5].when}. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String where(JsonLocation at) {
    return at == null || at.getLineNr() <= 0
        ? ""
        : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
  }
}
