package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The default strategy's full-limit rule over the real API: a request for 95% or more of the line's
 * full limit (a temporary limit in force included) within 24 hours of the grant is refused, and
 * only that request: the next one is decided on its own merits.
 */
class FullLimitDrawdownIT extends BookFixture {

  private long freshLine(String limit) {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    return line(customer(), "CASH12", limit);
  }

  private Response request(long line, String amount) {
    return post(
        "/api/v1/credit-lines/" + line + "/drawdowns", Map.of("amount", amount, "termMonths", 12));
  }

  private void temporaryLimit(long line, String amount) {
    Response r =
        post(
            "/api/v1/credit-lines/" + line + "/limit-changes",
            Map.of(
                "temporaryLimit",
                amount,
                "until",
                today().plusDays(10).toString(),
                "reason",
                "festival campaign"));
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
  }

  private JsonNode decision(Response r) {
    return get("/api/v1/decisions/" + r.body().get("decisionId").asLong()).body();
  }

  @Test
  void aRefusedFullLimitRequestDoesNotHoldBackANormalDrawdown() {
    long line = freshLine("10000.00");

    Response full = request(line, "9800.00");
    assertThat(full.status()).as(full.raw()).isEqualTo(422);
    assertThat(full.body().get("reasons").toString()).contains("FULL_LIMIT_AFTER_GRANT");

    Response normal = request(line, "3000.00");
    assertThat(normal.status()).as(normal.raw()).isEqualTo(201);
    assertThat(normal.body().get("principal").asString()).isEqualTo("3000.00");
    assertThat(lineView(line).get("available").asString()).isEqualTo("7000.00");
  }

  @Test
  void aTemporaryLimitInForceCountsInTheFullLimit() {
    long line = freshLine("10000.00");
    temporaryLimit(line, "15000.00");

    // 11,000 is over the permanent limit but 73% of the full limit in force: not a full-limit draw.
    Response large = request(line, "11000.00");
    assertThat(large.status()).as(large.raw()).isEqualTo(201);
    assertThat(large.body().get("principal").asString()).isEqualTo("11000.00");

    Response next = request(line, "3000.00");
    assertThat(next.status()).as(next.raw()).isEqualTo(201);
    long customer = lineView(line).get("customerId").asLong();
    JsonNode latest =
        get("/api/v1/decisions?customerId=" + customer + "&limit=1").body().get("items").get(0);
    assertThat(latest.get("outcome").asString()).isEqualTo("APPROVE");
    assertThat(
            latest
                .get("trace")
                .get("featuresRead")
                .get("full_limit_drawdown_within_24h_of_grant")
                .asDouble())
        .isZero();
    assertThat(lineView(line).get("available").asString()).isEqualTo("1000.00");
  }

  @Test
  void ninetyFivePercentOfATemporaryLimitIsRefusedThenANormalDrawdownIsApproved() {
    long line = freshLine("10000.00");
    temporaryLimit(line, "15000.00");

    Response full = request(line, "14250.00");
    assertThat(full.status()).as(full.raw()).isEqualTo(422);
    assertThat(full.body().get("reasons").toString()).contains("FULL_LIMIT_AFTER_GRANT");
    assertThat(
            decision(full)
                .get("trace")
                .get("featuresRead")
                .get("full_limit_drawdown_within_24h_of_grant")
                .asDouble())
        .isEqualTo(1.0);

    Response normal = request(line, "3000.00");
    assertThat(normal.status()).as(normal.raw()).isEqualTo(201);
    assertThat(lineView(line).get("available").asString()).isEqualTo("12000.00");
  }
}
