package dev.creditloop.decisioning.strategy;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.creditloop.decisioning.expr.DefinitionProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Jackson set up strictly: an unknown or misspelt field is an error with its path, not a silently
 * ignored setting; enum values may be written in any case.
 */
final class DocumentFormat {

  private static final ObjectMapper YAML = strict(YAMLMapper.builder()).build();
  private static final ObjectMapper JSON = strict(JsonMapper.builder()).build();

  private DocumentFormat() {}

  /**
   * Jackson 3 sorts properties alphabetically by default; Jackson 2 kept declaration order, which
   * the written JSON and its readers rely on, so the old order is kept.
   */
  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B strict(B builder) {
    return builder
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  private static final ObjectMapper WRITER =
      JsonMapper.builder()
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  /** The document as JSON that {@link #read} reads back to an equal document. */
  static String writeJson(StrategyDocument document) {
    try {
      return WRITER.writeValueAsString(document);
    } catch (JacksonException e) {
      throw new IllegalStateException("a strategy document could not be written as JSON", e);
    }
  }

  /** A flow's reference to a shared step is written back as the bare id it was read from. */
  static final class ReferenceAsString extends ValueSerializer<StepReference> {
    @Override
    public void serialize(StepReference value, JsonGenerator gen, SerializationContext context) {
      gen.writeString(value.id());
    }

    @Override
    public void serializeWithType(
        StepReference value,
        JsonGenerator gen,
        SerializationContext context,
        TypeSerializer types) {
      serialize(value, gen, context);
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
    } catch (DatabindException e) {
      throw new StrategyDocumentException(
          new DefinitionProblem(path(e), 0, 0, where(e.getLocation()) + message(e)), e);
    } catch (JacksonException e) {
      throw new StrategyDocumentException(
          new DefinitionProblem("", 0, 0, where(e.getLocation()) + e.getOriginalMessage()), e);
    }
  }

  /**
   * Jackson 3 says "Unrecognized property" where Jackson 2 said "Unrecognized field"; authors and
   * the documents' tests know the old words, so a misspelt field keeps them.
   */
  private static String message(DatabindException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "Unrecognized field \""
          + u.getPropertyName()
          + "\" (class "
          + u.getReferringClass().getName()
          + "), not marked as ignorable";
    }
    return e.getOriginalMessage();
  }

  /** Jackson's reference chain as {@code flows.repeat.steps[2].rules[5].when}. */
  private static String path(DatabindException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String where(TokenStreamLocation at) {
    return at == null || at.getLineNr() <= 0
        ? ""
        : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
  }
}
