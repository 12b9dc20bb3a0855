package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.security.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every write is in the trail with who, what, before and after; secrets and personal data never; an
 * edit breaks the chain.
 */
class AuditTrailIT extends BookFixture {

  @Autowired JdbcClient jdbc;

  @Test
  void aLimitChangeIsRecordedWithItsActorEntityCustomerAndTheLineBeforeAndAfter() {
    long customer = customer();
    long line =
        line(
            customer,
            product("AUD12", "ANNUITY", "MONTHS", java.util.List.of(12), "0.18"),
            "5000.00");
    ensureUser("audit-risk", Role.RISK);
    signInAs("audit-risk");
    Response change =
        post(
            "/api/v1/credit-lines/" + line + "/limit-changes",
            Map.of("newLimit", "8000.00", "reason", "good payer"));
    assertThat(change.status()).as(change.raw()).isEqualTo(200);

    signInAs("admin", ADMIN_PASSWORD);
    JsonNode items =
        get("/api/v1/audit?actor=audit-risk&entityType=credit-line&entityId=" + line)
            .body()
            .get("items");
    assertThat(items).hasSize(1);
    JsonNode record = items.get(0);
    assertThat(record.get("action").asString())
        .isEqualTo("POST /api/v1/credit-lines/" + line + "/limit-changes");
    assertThat(record.get("roles").asString()).isEqualTo("RISK");
    assertThat(record.get("status").asInt()).isEqualTo(200);
    assertThat(record.get("customerId").asLong()).isEqualTo(customer);
    assertThat(record.get("before").asString()).contains("\"limit_minor\":500000");
    assertThat(record.get("after").asString()).contains("\"limit_minor\":800000");
    assertThat(record.get("request").asString()).contains("good payer");
    assertThat(get("/api/v1/audit?customerId=" + customer).body().get("items").size())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aRefusedAttemptIsRecorded() {
    ensureUser("audit-collector", Role.COLLECTOR);
    signInAs("audit-collector");
    assertThat(post("/api/v1/loans/123456/write-off", Map.of("reason", "x")).status())
        .isEqualTo(403);
    signInAs("admin", ADMIN_PASSWORD);
    JsonNode items = get("/api/v1/audit?actor=audit-collector").body().get("items");
    assertThat(items.get(0).get("status").asInt()).isEqualTo(403);
    assertThat(items.get(0).get("action").asString())
        .isEqualTo("POST /api/v1/loans/123456/write-off");
  }

  @Test
  void passwordsIdNumbersAndPhonesNeverEnterTheTrail() {
    String idNumber = uniqueIdNumber();
    String phone = uniquePhone();
    Response created =
        post(
            "/api/v1/customers",
            Map.of("name", "Audit Person", "idNumber", idNumber, "phone", phone));
    assertThat(created.status()).isEqualTo(201);
    signInAs("admin", ADMIN_PASSWORD);
    assertThat(
            post(
                    "/api/v1/users",
                    Map.of(
                        "username",
                        "audit-new",
                        "password",
                        "secret-password-77",
                        "roles",
                        java.util.List.of("FINANCE")))
                .status())
        .isEqualTo(201);
    String all =
        jdbc.sql(
                "select coalesce(request, '') || coalesce(before_state, '') || coalesce(after_state, '') from audit_record")
            .query(String.class)
            .list()
            .toString();
    assertThat(all)
        .contains("audit-new")
        .contains(idNumber.substring(0, 3) + "***********" + idNumber.substring(14))
        .doesNotContain(idNumber)
        .doesNotContain(phone)
        .doesNotContain("secret-password-77")
        .doesNotContain("$2a$");
  }

  @Test
  void theChainVerifiesAndAnEditedRecordIsDetected() {
    customer();
    signInAs("admin", ADMIN_PASSWORD);
    JsonNode intact = get("/api/v1/audit/verify").body();
    assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
    assertThat(intact.get("records").asLong()).isGreaterThan(0);

    long id =
        jdbc.sql("select min(id) from audit_record where status = 201").query(Long.class).single();
    String original =
        jdbc.sql("select request from audit_record where id = ?")
            .param(id)
            .query(String.class)
            .single();
    jdbc.sql("update audit_record set request = ? where id = ?")
        .params(original + " ", id)
        .update();
    try {
      JsonNode broken = get("/api/v1/audit/verify").body();
      assertThat(broken.get("intact").asBoolean()).isFalse();
      assertThat(broken.get("firstBrokenId").asLong()).isEqualTo(id);
    } finally {
      jdbc.sql("update audit_record set request = ? where id = ?").params(original, id).update();
    }
    assertThat(get("/api/v1/audit/verify").body().get("intact").asBoolean()).isTrue();
  }
}
