package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.security.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * One unmasked value for the roles allowed, refused to the others, and in the trail as a view,
 * never in clear.
 */
class CustomerRevealIT extends BookFixture {

  @Autowired JdbcClient jdbc;

  @Test
  void customerServiceSeesOneValueInClearAndTheTrailRecordsTheViewMasked() {
    String idNumber = uniqueIdNumber();
    String phone = uniquePhone();
    long customer =
        post("/api/v1/customers", Map.of("name", "Reveal Me", "idNumber", idNumber, "phone", phone))
            .body()
            .get("id")
            .asLong();
    ensureUser("reveal-cs", Role.CUSTOMER_SERVICE);
    signInAs("reveal-cs");
    Response shown =
        post(
            "/api/v1/customers/" + customer + "/reveal",
            Map.of("field", "phone", "reason", "caller verified"));
    assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
    assertThat(shown.body().get("value").asString()).isEqualTo(phone);
    assertThat(shown.body().get("field").asString()).isEqualTo("phone");
    Response id =
        post(
            "/api/v1/customers/" + customer + "/reveal",
            Map.of("field", "idNumber", "reason", "contract check"));
    assertThat(id.body().get("value").asString()).isEqualTo(idNumber);

    signInAs("admin", ADMIN_PASSWORD);
    JsonNode views =
        get("/api/v1/audit?actor=reveal-cs&entityType=personal-data-view&entityId=" + customer)
            .body()
            .get("items");
    assertThat(views).hasSize(2);
    assertThat(views.get(0).get("customerId").asLong()).isEqualTo(customer);
    assertThat(views.toString())
        .contains("caller verified")
        .contains("contract check")
        .contains(phone.substring(0, 3) + "****" + phone.substring(7));
    String all =
        jdbc.sql(
                "select coalesce(request, '') || coalesce(before_state, '') || coalesce(after_state, '') from audit_record")
            .query(String.class)
            .list()
            .toString();
    assertThat(all).doesNotContain(phone).doesNotContain(idNumber);
  }

  @Test
  void rolesWithoutThePermissionAreRefusedAndTheRefusalIsRecorded() {
    long customer =
        post(
                "/api/v1/customers",
                Map.of("name", "Hidden", "idNumber", uniqueIdNumber(), "phone", uniquePhone()))
            .body()
            .get("id")
            .asLong();
    ensureUser("reveal-risk", Role.RISK, Role.FINANCE, Role.INTEGRATION);
    signInAs("reveal-risk");
    Response r =
        post(
            "/api/v1/customers/" + customer + "/reveal",
            Map.of("field", "phone", "reason", "curious"));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.raw()).doesNotContain("\"value\"");
    signInAs("admin", ADMIN_PASSWORD);
    JsonNode refused = get("/api/v1/audit?actor=reveal-risk").body().get("items");
    assertThat(refused.get(0).get("status").asInt()).isEqualTo(403);
    assertThat(refused.get(0).get("entityType").asString()).isEqualTo("personal-data-view");
  }

  @Test
  void aRevealNamesOneKnownFieldAndAReason() {
    long customer =
        post(
                "/api/v1/customers",
                Map.of("name", "Asked", "idNumber", uniqueIdNumber(), "phone", uniquePhone()))
            .body()
            .get("id")
            .asLong();
    Response bad = post("/api/v1/customers/" + customer + "/reveal", Map.of("field", "name"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("field", "reason");
    assertThat(
            post("/api/v1/customers/987654321/reveal", Map.of("field", "phone", "reason", "x"))
                .status())
        .isEqualTo(404);
  }
}
