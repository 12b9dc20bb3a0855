package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Sensitive commands wait for a second person whose roles allow them; the maker never approves
 * their own.
 */
@TestPropertySource(
    properties = {
      "creditloop.four-eyes.commands=write-off,limit-increase,product-change,strategy-activation,user-change",
      "creditloop.four-eyes.limit-increase-above=5000.00"
    })
class FourEyesIT extends BookFixture {

  /** A product through four-eyes: submitted by the default user, approved by an operations user. */
  private String approvedProduct(String code) {
    Response held =
        post(
            "/api/v1/products",
            Map.of(
                "code",
                code,
                "name",
                code + " product",
                "repaymentMethod",
                "ANNUITY",
                "termUnit",
                "MONTHS",
                "allowedTerms",
                List.of(12),
                "annualRate",
                "0.18",
                "penaltyAnnualRate",
                "0.36",
                "graceDays",
                3,
                "aprCap",
                "0.36"));
    assertThat(held.status()).as(held.raw()).isEqualTo(202);
    ensureUser("fe-ops-checker", Role.OPERATIONS);
    signInAs("fe-ops-checker");
    JsonNode done =
        post("/api/v1/approvals/" + held.body().get("approvalId").asLong() + "/approve", Map.of())
            .body();
    assertThat(done.get("resultStatus").asInt()).as(done.toString()).isIn(201, 409);
    signInAs(ALL_ROLES_USER);
    return code;
  }

  @Test
  void aLargeLimitIncreaseWaitsForASecondPersonWithTheRightRole() {
    long line = line(customer(), approvedProduct("FE12"), "5000.00");
    ensureUser("fe-manager", Role.ACCOUNT_MANAGER);
    ensureUser("fe-collector", Role.COLLECTOR);
    ensureUser("fe-risk", Role.RISK);

    signInAs("fe-manager");
    Response held =
        post(
            "/api/v1/credit-lines/" + line + "/limit-changes",
            Map.of("newLimit", "20000.00", "reason", "salary up"));
    assertThat(held.status()).as(held.raw()).isEqualTo(202);
    long approval = held.body().get("approvalId").asLong();
    assertThat(lineView(line).get("limit").asString()).isEqualTo("5000.00");

    Response own = post("/api/v1/approvals/" + approval + "/approve", Map.of("note", "mine"));
    assertThat(own.status()).isEqualTo(422);
    assertThat(own.body().get("code").asString()).isEqualTo("same-user");

    signInAs("fe-collector");
    assertThat(post("/api/v1/approvals/" + approval + "/approve", Map.of()).status())
        .as("a collector may not change limits")
        .isEqualTo(403);
    assertThat(get("/api/v1/approvals?status=PENDING").body().get("items").toString())
        .contains("\"id\":" + approval);

    signInAs("fe-risk");
    Response approved =
        post("/api/v1/approvals/" + approval + "/approve", Map.of("note", "payslips checked"));
    assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
    assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");
    assertThat(approved.body().get("requestedBy").asString()).isEqualTo("fe-manager");
    assertThat(approved.body().get("decidedBy").asString()).isEqualTo("fe-risk");
    assertThat(approved.body().get("resultStatus").asInt()).isEqualTo(200);
    assertThat(lineView(line).get("limit").asString()).isEqualTo("20000.00");

    assertThat(post("/api/v1/approvals/" + approval + "/approve", Map.of()).status())
        .as("decided once")
        .isEqualTo(409);
  }

  @Test
  void aWriteOffTakesEffectOnlyWhenASecondFinanceUserApproves() {
    long line = line(customer(), approvedProduct("FE12"), "5000.00");
    long loan = draw(line, "1000.00", 12).get("id").asLong();
    ensureUser("fe-finance-1", Role.FINANCE);
    ensureUser("fe-finance-2", Role.FINANCE);
    signInAs("fe-finance-1");
    Response held =
        post("/api/v1/loans/" + loan + "/write-off", Map.of("reason", "fraud confirmed"));
    assertThat(held.status()).as(held.raw()).isEqualTo(202);
    assertThat(loan(loan).get("status").asString()).isEqualTo("NORMAL");
    signInAs("fe-finance-2");
    JsonNode approved =
        post("/api/v1/approvals/" + held.body().get("approvalId").asLong() + "/approve", Map.of())
            .body();
    assertThat(approved.get("status").asString()).as(approved.toString()).isEqualTo("APPROVED");
    JsonNode written = loan(loan);
    assertThat(written.get("status").asString()).isEqualTo("WRITTEN_OFF");
    assertThat(written.get("writtenOff").get("by").asString())
        .as("the maker acted")
        .isEqualTo("fe-finance-1");
    assertThat(written.get("writtenOff").get("reason").asString()).isEqualTo("fraud confirmed");
  }

  @Test
  void aSmallIncreaseGoesThroughAtOnce() {
    long line = line(customer(), approvedProduct("FE12"), "5000.00");
    Response r =
        post(
            "/api/v1/credit-lines/" + line + "/limit-changes",
            Map.of("newLimit", "9000.00", "reason", "small"));
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(lineView(line).get("limit").asString()).isEqualTo("9000.00");
  }

  @Test
  void aNewUserIsCreatedDisabledAndOnlyASecondAdministratorEnablesIt() {
    ensureUser("fe-admin2", Role.ADMIN);
    signInAs("admin", ADMIN_PASSWORD);
    Response held =
        post(
            "/api/v1/users",
            Map.of("username", "fe-user-a", "password", "fe-password-1", "roles", List.of("RISK")));
    assertThat(held.status()).as(held.raw()).isEqualTo(202);
    assertThat(held.body().get("user").get("enabled").asBoolean()).isFalse();
    assertThat(held.raw()).doesNotContain("fe-password-1");
    long approval = held.body().get("approvalId").asLong();
    assertThat(get("/api/v1/approvals/" + approval).raw()).doesNotContain("fe-password-1");

    signInAs("fe-admin2");
    assertThat(post("/api/v1/approvals/" + approval + "/reject", Map.of()).status())
        .as("a rejection needs a note")
        .isEqualTo(400);
    assertThat(post("/api/v1/approvals/" + approval + "/cancel", Map.of()).status())
        .as("only the maker cancels")
        .isEqualTo(403);
    JsonNode rejected =
        post("/api/v1/approvals/" + approval + "/reject", Map.of("note", "not in the org chart"))
            .body();
    assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
    signInAs("fe-user-a", "fe-password-1");
    assertThat(get("/api/v1/users/me").status()).as("still disabled").isEqualTo(401);

    signInAs("admin", ADMIN_PASSWORD);
    long second =
        post(
                "/api/v1/users",
                Map.of(
                    "username", "fe-user-b", "password", "fe-password-1", "roles", List.of("RISK")))
            .body()
            .get("approvalId")
            .asLong();
    assertThat(
            post("/api/v1/approvals/" + second + "/cancel", Map.of())
                .body()
                .get("status")
                .asString())
        .isEqualTo("CANCELLED");

    long third =
        post(
                "/api/v1/users",
                Map.of(
                    "username", "fe-user-c", "password", "fe-password-1", "roles", List.of("RISK")))
            .body()
            .get("approvalId")
            .asLong();
    signInAs("fe-admin2");
    JsonNode approved = post("/api/v1/approvals/" + third + "/approve", Map.of()).body();
    assertThat(approved.get("status").asString()).as(approved.toString()).isEqualTo("APPROVED");
    assertThat(approved.get("resultStatus").asInt()).isEqualTo(200);
    signInAs("fe-user-c", "fe-password-1");
    assertThat(get("/api/v1/users/me").status()).isEqualTo(200);
  }

  @Test
  void anInvalidNewUserIsRefusedAtOnceNotHeld() {
    signInAs("admin", ADMIN_PASSWORD);
    Response r =
        post(
            "/api/v1/users",
            Map.of("username", "fe-user-d", "password", "short", "roles", List.of("RISK")));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("field").asString()).isEqualTo("password");
  }

  @Test
  void aHeldCommandTheEndpointRefusesIsKeptAsFailedWithItsProblem() {
    ensureUser("fe-ops", Role.OPERATIONS);
    ensureUser("fe-ops2", Role.OPERATIONS);
    signInAs("fe-ops");
    Response held = post("/api/v1/products", Map.of("code", "BAD!", "name", "broken"));
    assertThat(held.status()).isEqualTo(202);
    signInAs("fe-ops2");
    JsonNode failed =
        post("/api/v1/approvals/" + held.body().get("approvalId").asLong() + "/approve", Map.of())
            .body();
    assertThat(failed.get("status").asString()).isEqualTo("FAILED");
    assertThat(failed.get("resultStatus").asInt()).isEqualTo(400);
    assertThat(failed.get("resultBody").asString()).contains("problems/");
  }

  @Test
  void anAgencyUserSeesAndDecidesOnlyHeldCommandsOnItsOwnCustomersCases() {
    String product = approvedProduct("FE12");
    ensureUser("fe-agent-east", "east", Role.AGENT);
    signInAs("fe-agent-east");
    long eastCustomer = customer();
    signInAs(ALL_ROLES_USER);
    long eastLoan = draw(line(eastCustomer, product, "5000.00"), "1000.00", 12).get("id").asLong();
    long otherLoan = draw(line(customer(), product, "5000.00"), "1000.00", 12).get("id").asLong();
    long eastHeld =
        post("/api/v1/loans/" + eastLoan + "/write-off", Map.of("reason", "fraud"))
            .body()
            .get("approvalId")
            .asLong();
    long otherHeld =
        post("/api/v1/loans/" + otherLoan + "/write-off", Map.of("reason", "fraud"))
            .body()
            .get("approvalId")
            .asLong();

    ensureUser("fe-finance-east", "east", Role.FINANCE);
    signInAs("fe-finance-east");
    List<Long> inbox =
        getAll("/api/v1/approvals?status=PENDING").stream().map(a -> a.get("id").asLong()).toList();
    assertThat(inbox).contains(eastHeld).doesNotContain(otherHeld);
    assertThat(get("/api/v1/approvals/" + otherHeld).status()).isEqualTo(404);
    assertThat(post("/api/v1/approvals/" + otherHeld + "/approve", Map.of()).status())
        .isEqualTo(404);
    Response approved = post("/api/v1/approvals/" + eastHeld + "/approve", Map.of());
    assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
    assertThat(approved.body().get("resultStatus").asInt()).as(approved.raw()).isEqualTo(200);
  }
}
