package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Refusals decided below the web packages (the strategy registry, the credit-line use cases), as
 * the API answers them: status, problem type, detail and field. The use cases throw domain
 * exceptions; the web packages choose these answers, which stay what they were when the use cases
 * threw the API's problems themselves.
 */
class RefusalAnswersIT extends BookFixture {

  private static final long NONE = 999_999_999L;

  private static String strategy(String id, int version) {
    return """
        id: %s
        version: %d
        segments:
          - {name: all, when: "true", flow: main}
        flows:
          main:
            steps:
              - type: rules
                id: checks
                mode: ALL_MATCH
                rules:
                  - {id: velocity, when: "drawdown_count_24h >= 5", action: REJECT, reason: VELOCITY}
        """
        .formatted(id, version);
  }

  private Response save(String yaml) {
    return post("/api/v1/strategies", yaml, Map.of("Content-Type", "application/yaml"));
  }

  private static void assertProblem(
      Response r, int status, String code, String detail, String field) {
    assertThat(r.status()).as(r.raw()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body().get("type").asString())
        .isEqualTo("https://creditloop.dev/problems/" + code);
    assertThat(r.body().get("code").asString()).isEqualTo(code);
    assertThat(r.body().get("detail").asString()).isEqualTo(detail);
    if (field == null) {
      assertThat(r.body().has("field")).as(r.raw()).isFalse();
      assertThat(r.body().has("errors")).as(r.raw()).isFalse();
    } else {
      assertThat(r.body().get("field").asString()).isEqualTo(field);
    }
  }

  @Test
  void aVersionSavedTwiceIsAConflictOnTheVersion() {
    assertThat(save(strategy("refusal-it-twice", 1)).status()).isEqualTo(201);
    assertProblem(
        save(strategy("refusal-it-twice", 1)),
        409,
        "strategy-version-exists",
        "strategy refusal-it-twice already has version 1; versions are immutable, save a new one",
        "version");
  }

  @Test
  void aRetiredVersionIsNotActivatedAgain() {
    assertThat(save(strategy("refusal-it-retired", 1)).status()).isEqualTo(201);
    assertThat(save(strategy("refusal-it-retired", 2)).status()).isEqualTo(201);
    String versions = "/api/v1/strategies/refusal-it-retired/versions/";
    assertThat(post(versions + "1/activate", Map.of()).status()).isEqualTo(200);
    assertThat(post(versions + "2/activate", Map.of()).status()).isEqualTo(200);
    assertProblem(
        post(versions + "1/activate", Map.of()),
        409,
        "strategy-retired",
        "a retired version cannot become active again; save it as a new version",
        null);
  }

  @Test
  void aStrategyOrVersionThatDoesNotExistIsNotFound() {
    assertProblem(
        post("/api/v1/strategies/refusal-it-none/versions/9/activate", Map.of()),
        404,
        "not-found",
        "strategy version refusal-it-none v9 does not exist",
        null);
    assertProblem(
        post("/api/v1/strategies/refusal-it-none/scorecards/bcard", Map.of("card", Map.of())),
        404,
        "not-found",
        "strategy refusal-it-none does not exist",
        null);
    assertProblem(
        post("/api/v1/scoring-runs", Map.of("strategyId", "drawdown-default", "version", 99)),
        404,
        "not-found",
        "strategy version drawdown-default v99 does not exist",
        null);
  }

  @Test
  void aGrantTheBookCannotTakeIsRefusedOnItsField() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    long customer = customer();
    String expires = today().plusYears(1).toString();
    assertProblem(
        post(
            "/api/v1/credit-lines",
            Map.of(
                "customerId",
                NONE,
                "productCode",
                "CASH12",
                "limit",
                "1000.00",
                "expiresOn",
                expires)),
        422,
        "unknown-customer",
        "customer " + NONE + " does not exist",
        "customerId");
    assertProblem(
        post(
            "/api/v1/credit-lines",
            Map.of(
                "customerId",
                customer,
                "productCode",
                "NOPE-IT",
                "limit",
                "1000.00",
                "expiresOn",
                expires)),
        422,
        "unknown-product",
        "product NOPE-IT does not exist",
        "productCode");
    assertProblem(
        post(
            "/api/v1/credit-lines",
            Map.of(
                "customerId",
                customer,
                "productCode",
                "CASH12",
                "limit",
                "1000.00",
                "expiresOn",
                today().toString())),
        422,
        "invalid-expiry",
        "must be after the business date " + today(),
        "expiresOn");
  }

  @Test
  void aChangeToALineThatDoesNotExistIsNotFound() {
    assertProblem(
        post("/api/v1/credit-lines/" + NONE + "/freeze", Map.of("reason", "refusal test")),
        404,
        "not-found",
        "credit line " + NONE + " does not exist",
        null);
  }
}
