package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerApiIT extends ApiIT {

  @Test
  void registeredCustomerIsReturnedMasked() {
    Response created = post("/api/v1/customers", Map.of("name", "Li Lei", "idNumber", "11010119900307123X", "phone", "13812345678"));
    assertThat(created.status()).isEqualTo(201);
    long id = created.body().get("id").asLong();

    Response read = get("/api/v1/customers/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("idNumber").asString()).isEqualTo("110101********123X");
    assertThat(read.body().get("phone").asString()).isEqualTo("138****5678");
    assertThat(read.raw()).doesNotContain("13812345678").doesNotContain("11010119900307123X");
  }

  @Test
  void badInputNamesEveryOffendingField() {
    Response r = post("/api/v1/customers", Map.of("name", "", "idNumber", "12345", "phone", "999"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body().get("type").asString()).isEqualTo("https://creditloop.dev/problems/invalid-field");
    assertThat(r.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "idNumber", "phone");
  }

  @Test
  void malformedJsonIsAProblemNotAnError() {
    Response r = post("/api/v1/customers", "{\"name\": ");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("type").asString()).endsWith("/malformed-json");
  }

  @Test
  void unknownFieldIsRefusedByName() {
    Response r = post("/api/v1/customers", Map.of("name", "A", "idNumber", "11010119900307123X", "phone", "13812345678", "nmae", "x"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("field").asString()).isEqualTo("nmae");
  }

  @Test
  void duplicateIdNumberIsAConflictAndWritesNothing() {
    Map<String, String> body = Map.of("name", "Han Meimei", "idNumber", "310101198502021234", "phone", "13900001111");
    assertThat(post("/api/v1/customers", body).status()).isEqualTo(201);
    Response again = post("/api/v1/customers", body);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().get("field").asString()).isEqualTo("idNumber");
  }

  @Test
  void unknownCustomerIs404Problem() {
    Response r = get("/api/v1/customers/987654");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body().get("type").asString()).endsWith("/not-found");
  }

  @Test
  void nonNumericIdIs400() {
    Response r = get("/api/v1/customers/abc");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("field").asString()).isEqualTo("id");
  }
}
