package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every field of every JSON request body is described in the OpenAPI document with an example, and
 * the fields it lists as required are the ones the API refuses when missing (issue 9, defect 9f).
 */
class OpenApiRequestBodiesIT extends ApiIT {

  @Test
  void everyRequestBodyFieldHasADescriptionAndAnExample() {
    JsonNode docs = get("/v3/api-docs").body();
    List<String> missing = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    for (Body b : bodies(docs)) {
      check(docs, b.schema(), b.where(), missing, visited);
    }
    assertThat(visited).hasSizeGreaterThanOrEqualTo(15);
    assertThat(missing).isEmpty();
  }

  @Test
  void theFieldsListedAsRequiredAreTheOnesRefusedWhenMissing() {
    JsonNode docs = get("/v3/api-docs").body();
    int checked = 0;
    for (Body b : bodies(docs)) {
      JsonNode schema = resolve(docs, b.schema());
      Set<String> required = new TreeSet<>();
      schema.path("required").forEach(r -> required.add(r.asString()));
      if (required.isEmpty() || !b.method().equals("post")) {
        continue; // a body without required fields may act on {} (a close, a scoring run): not sent
      }
      Response r = post(b.path().replaceAll("\\{[^}]+}", "1"), "{}");
      assertThat(r.status()).as(b.where() + " " + r.raw()).isEqualTo(400);
      Set<String> refusedAsMissing = new TreeSet<>();
      r.body()
          .path("errors")
          .forEach(
              e -> {
                if (e.get("reason").asString().equals("is required")) {
                  refusedAsMissing.add(e.get("field").asString());
                }
              });
      assertThat(refusedAsMissing).as(b.where()).isEqualTo(required);
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(12);
  }

  private record Body(String path, String method, JsonNode schema) {
    String where() {
      return method.toUpperCase() + " " + path;
    }
  }

  private static List<Body> bodies(JsonNode docs) {
    List<Body> found = new ArrayList<>();
    docs.get("paths")
        .properties()
        .forEach(
            p ->
                p.getValue()
                    .properties()
                    .forEach(
                        m -> {
                          JsonNode schema =
                              m.getValue()
                                  .path("requestBody")
                                  .path("content")
                                  .path("application/json")
                                  .path("schema");
                          if (!schema.isMissingNode()
                              && (schema.has("$ref") || schema.has("properties"))) {
                            found.add(new Body(p.getKey(), m.getKey(), schema));
                          }
                        }));
    return found;
  }

  private static JsonNode resolve(JsonNode docs, JsonNode schema) {
    if (!schema.has("$ref")) {
      return schema;
    }
    String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
    return docs.get("components").get("schemas").get(name);
  }

  private static void check(
      JsonNode docs, JsonNode schemaRef, String where, List<String> missing, Set<String> visited) {
    String key = schemaRef.has("$ref") ? schemaRef.get("$ref").asString() : where;
    if (!visited.add(key + " " + where)) {
      return;
    }
    JsonNode schema = resolve(docs, schemaRef);
    schema
        .path("properties")
        .properties()
        .forEach(
            e -> {
              String field = where + " " + e.getKey();
              JsonNode property = e.getValue();
              if (property.path("description").asString("").isBlank()) {
                missing.add(field + ": no description");
              }
              if (!property.has("example") && !property.has("examples")) {
                missing.add(field + ": no example");
              }
              JsonNode nested = property.has("items") ? property.get("items") : property;
              if (nested.has("$ref") && resolve(docs, nested).has("properties")) {
                check(docs, nested, field, missing, visited);
              }
            });
  }
}
