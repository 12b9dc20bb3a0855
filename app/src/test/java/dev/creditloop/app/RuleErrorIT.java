package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A rule that cannot be evaluated is never silence, over the real API: refused when saved if the
 * text shows it, otherwise the strategy's on-error outcome (REVIEW) with the error in the trace.
 * The drawdown strategy here is one of this test's own, so the default one stays untouched.
 */
@TestPropertySource(properties = "creditloop.decisioning.drawdown-strategy=rule-error-it")
class RuleErrorIT extends BookFixture {

  private static String strategy(String id, String when) {
    return """
        id: %s
        version: 1
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
                  - {id: ratio, when: "%s", action: REJECT, reason: RATIO}
        """
        .formatted(id, when);
  }

  private Response save(String yaml) {
    return post("/api/v1/strategies", yaml, Map.of("Content-Type", "application/yaml"));
  }

  @Test
  void aRuleThatCanNeverBeComputedIsRefusedWhenSavedNamingTheRule() {
    for (String dead :
        List.of("1 / 0 > 0", "9223372036854775807 + 1 > 0", "request_amount / 0 > 1")) {
      Response r = save(strategy("dead-rule-it", dead));
      assertThat(r.status()).as(r.raw()).isEqualTo(422);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.body().get("type").asString()).endsWith("/strategy-invalid");
      JsonNode error = r.body().get("errors").get(0);
      assertThat(error.get("field").asString()).isEqualTo("flows.main.steps[0].rules[1].when");
      assertThat(error.get("reason").asString()).containsAnyOf("division by zero", "beyond 2^53");
    }
    assertThat(get("/api/v1/strategies").body().toString()).doesNotContain("dead-rule-it");
  }

  @Test
  void aDivisionByZeroAtRunTimeSendsTheDrawdownToReviewWithTheErrorInTheTrace() {
    // A fresh line has nothing outstanding: the ratio divides by zero.
    Response saved = save(strategy("rule-error-it", "request_amount / outstanding_amount > 2"));
    assertThat(saved.status()).as(saved.raw()).isEqualTo(201);
    assertThat(post("/api/v1/strategies/rule-error-it/versions/1/activate", Map.of()).status())
        .isEqualTo(200);
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    long line = line(customer(), "CASH12", "20000.00");

    Response r =
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            Map.of("amount", "1000.00", "termMonths", 12));

    assertThat(r.status()).as(r.raw()).isEqualTo(202);
    assertThat(r.body().get("reasons").toString())
        .contains("RULE_ERROR")
        .contains("division by zero");
    JsonNode decision = get("/api/v1/decisions/" + r.body().get("decisionId").asLong()).body();
    assertThat(decision.get("outcome").asString()).isEqualTo("REVIEW");
    JsonNode errors = decision.get("trace").get("ruleErrors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("step").asString()).isEqualTo("checks");
    assertThat(errors.get(0).get("rule").asString()).isEqualTo("ratio");
    assertThat(errors.get(0).get("error").asString()).isEqualTo("division by zero");
    assertThat(lineView(line).get("available").asString()).isEqualTo("20000.00");
  }
}
