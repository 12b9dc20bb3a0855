package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerApiIT extends ApiIT {

  @Test
  void registeredCustomerIsReturnedMasked() {
    Response created =
        post(
            "/api/v1/customers",
            Map.of("name", "Li Lei", "idNumber", "11010119900307123X", "phone", "13812345678"));
    assertThat(created.status()).isEqualTo(201);
    long id = created.body().get("id").asLong();

    Response read = get("/api/v1/customers/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("idNumber").asString()).isEqualTo("110***********123X");
    assertThat(read.body().get("phone").asString()).isEqualTo("138****5678");
    assertThat(read.raw()).doesNotContain("13812345678").doesNotContain("11010119900307123X");
  }

  @Test
  void badInputNamesEveryOffendingField() {
    Response r = post("/api/v1/customers", Map.of("name", "", "idNumber", "12345", "phone", "999"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body().get("type").asString())
        .isEqualTo("https://creditloop.dev/problems/invalid-field");
    assertThat(r.body().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("name", "idNumber", "phone");
  }

  @Test
  void malformedJsonIsAProblemNotAnError() {
    Response r = post("/api/v1/customers", "{\"name\": ");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("type").asString()).endsWith("/malformed-json");
  }

  @Test
  void unknownFieldIsRefusedByName() {
    Response r =
        post(
            "/api/v1/customers",
            Map.of(
                "name",
                "A",
                "idNumber",
                "11010119900307123X",
                "phone",
                "13812345678",
                "nmae",
                "x"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("field").asString()).isEqualTo("nmae");
  }

  @Test
  void theSamePersonRegisteredAgainGetsTheExistingCustomer() {
    Map<String, String> body =
        Map.of("name", "Han Meimei", "idNumber", "310101198502021234", "phone", "13900001111");
    Response first = post("/api/v1/customers", body);
    assertThat(first.status()).isEqualTo(201);
    Response again = post("/api/v1/customers", body);
    assertThat(again.status()).as(again.raw()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
  }

  @Test
  void someoneElseWithARegisteredIdNumberIsRefusedWithoutBeingToldItExists() {
    Map<String, String> owner =
        Map.of("name", "Zhou Yu", "idNumber", "310101198702021236", "phone", "13900002222");
    Response first = post("/api/v1/customers", owner);
    assertThat(first.status()).isEqualTo(201);

    Response other =
        post(
            "/api/v1/customers",
            Map.of(
                "name", "Someone Else", "idNumber", "310101198702021236", "phone", "13900003333"));
    assertThat(other.status()).as(other.raw()).isEqualTo(422);
    assertThat(other.body().get("code").asString()).isEqualTo("registration-refused");
    // nothing in the answer points at the ID number or says it is known
    assertThat(other.body().has("field")).isFalse();
    assertThat(other.body().has("errors")).isFalse();
    assertThat(other.raw().toLowerCase())
        .doesNotContain("idnumber")
        .doesNotContain("exist")
        .doesNotContain("registered")
        .doesNotContain("1236");
    // the same person with another phone is refused the same way, and the customer is unchanged
    Response samePersonOtherPhone =
        post(
            "/api/v1/customers",
            Map.of("name", "Zhou Yu", "idNumber", "310101198702021236", "phone", "13900004444"));
    assertThat(samePersonOtherPhone.status()).isEqualTo(422);
    assertThat(samePersonOtherPhone.body().get("detail")).isEqualTo(other.body().get("detail"));
    assertThat(get("/api/v1/customers/" + first.body().get("id").asLong()).body())
        .isEqualTo(first.body());
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
