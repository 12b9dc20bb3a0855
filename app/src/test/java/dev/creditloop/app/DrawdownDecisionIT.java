package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The default drawdown strategy over the real API: each anomaly pattern, lists, review queue,
 * decision log.
 */
class DrawdownDecisionIT extends BookFixture {

  private static final ZoneId BOOK_ZONE = ZoneId.of("Asia/Shanghai");

  private Response request(long line, String amount) {
    return post(
        "/api/v1/credit-lines/" + line + "/drawdowns", Map.of("amount", amount, "termMonths", 12));
  }

  private static List<String> reasons(Response r) {
    List<String> codes = new ArrayList<>();
    r.body().get("reasons").forEach(x -> codes.add(x.get("code").asString()));
    return codes;
  }

  /** A one-flow, one-rule-set strategy document. */
  private static String rulesOnly(
      String id, String mode, String ruleId, String when, String reason) {
    return """
        id: %s
        version: 1
        mode: %s
        segments:
          - {name: all, when: "true", flow: main}
        flows:
          main:
            steps:
              - type: rules
                id: r
                mode: ALL_MATCH
                rules:
                  - {id: %s, when: "%s", action: REJECT, reason: %s}
        """
        .formatted(id, mode, ruleId, when, reason);
  }

  private long freshLine(String limit) {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    return line(customer(), "CASH12", limit);
  }

  @Test
  void theDefaultStrategyIsActiveOutOfTheBox() {
    JsonNode all = get("/api/v1/strategies").body().get("items");
    assertThat(all.toString())
        .contains("\"strategyId\":\"drawdown-default\"")
        .contains("\"status\":\"ACTIVE\"");
  }

  @Test
  void fiveDrawdownsInADayAreReviewedThenRejectedAndTheLogExplainsWhy() {
    long line = freshLine("20000.00");
    assertThat(request(line, "100.00").status()).isEqualTo(201);
    assertThat(request(line, "150.00").status()).isEqualTo(201);
    Response third = request(line, "200.00");
    assertThat(third.status()).as(third.raw()).isEqualTo(202);
    assertThat(reasons(third)).contains("VELOCITY_HIGH");
    assertThat(request(line, "250.00").status()).isEqualTo(202);
    Response fifth = request(line, "300.00");
    assertThat(fifth.status()).as(fifth.raw()).isEqualTo(422);
    assertThat(fifth.body().get("type").asString()).endsWith("/drawdown-rejected");
    assertThat(reasons(fifth)).contains("VELOCITY_24H");

    JsonNode decision = get("/api/v1/decisions/" + fifth.body().get("decisionId").asLong()).body();
    assertThat(decision.get("strategyId").asString()).isEqualTo("drawdown-default");
    assertThat(decision.get("strategyVersion").asInt()).isEqualTo(1);
    assertThat(decision.get("outcome").asString()).isEqualTo("REJECT");
    assertThat(decision.get("trace").get("featuresRead").get("drawdown_count_24h").asDouble())
        .isEqualTo(5.0);
    assertThat(decision.get("trace").get("ruleHits").toString()).contains("velocity_24h");
    assertThat(decision.get("trace").get("context").get("amount").asString()).isEqualTo("300.00");
  }

  @Test
  void aFullLimitDrawdownRightAfterGrantIsRejected() {
    long line = freshLine("5000.00");
    Response r = request(line, "5000.00");
    assertThat(r.status()).as(r.raw()).isEqualTo(422);
    assertThat(reasons(r)).contains("FULL_LIMIT_AFTER_GRANT");
    assertThat(lineView(line).get("available").asString()).isEqualTo("5000.00");
  }

  @Test
  void repeatedSensitiveAmountsAreReviewedThenRejected() {
    long line = freshLine("20000.00");
    assertThat(request(line, "99.00").status()).isEqualTo(201);
    Response second = request(line, "499.00");
    assertThat(second.status()).as(second.raw()).isEqualTo(202);
    assertThat(reasons(second)).contains("SENSITIVE_AMOUNT");
    Response third = request(line, "999.00");
    assertThat(third.status()).isEqualTo(422);
    assertThat(reasons(third)).contains("SENSITIVE_AMOUNTS");
  }

  @Test
  void impossibleTravelBetweenGpsEventsIsRejected() {
    long line = freshLine("20000.00");
    long customer = lineView(line).get("customerId").asLong();
    Instant now = today().atTime(LocalTime.of(11, 0)).atZone(BOOK_ZONE).toInstant();
    assertThat(
            post(
                    "/api/v1/events",
                    Map.of(
                        "type",
                        "GPS_POSITION",
                        "customerId",
                        customer,
                        "deviceId",
                        "phone-1",
                        "occurredAt",
                        now.minusSeconds(1200).toString(),
                        "latitude",
                        31.23,
                        "longitude",
                        121.47))
                .status())
        .isEqualTo(201);
    Response beijing =
        post(
            "/api/v1/events",
            Map.of(
                "type",
                "GPS_POSITION",
                "customerId",
                customer,
                "deviceId",
                "phone-1",
                "occurredAt",
                now.minusSeconds(600).toString(),
                "latitude",
                39.90,
                "longitude",
                116.40));
    assertThat(beijing.status()).as(beijing.raw()).isEqualTo(201);
    Response r = request(line, "800.00");
    assertThat(r.status()).as(r.raw()).isEqualTo(422);
    assertThat(reasons(r)).contains("IMPOSSIBLE_TRAVEL");
  }

  @Test
  void aBlacklistedPhoneIsRejected() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    String phone = uniquePhone();
    long customer =
        post(
                "/api/v1/customers",
                Map.of("name", "Listed", "idNumber", uniqueIdNumber(), "phone", phone))
            .body()
            .get("id")
            .asLong();
    long line = line(customer, "CASH12", "8000.00");
    assertThat(
            post(
                    "/api/v1/lists/entries",
                    Map.of(
                        "list",
                        "BLACK",
                        "keyType",
                        "PHONE",
                        "value",
                        "+86 " + phone,
                        "reason",
                        "confirmed fraud ring"))
                .status())
        .isEqualTo(201);
    Response r = request(line, "1000.00");
    assertThat(r.status()).as(r.raw()).isEqualTo(422);
    assertThat(reasons(r)).contains("BLACKLIST");
  }

  @Test
  void aGreyListedCustomerGoesToTheReviewQueueAndAReviewerApproves() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    String idNumber = uniqueIdNumber();
    long customer =
        post(
                "/api/v1/customers",
                Map.of("name", "Grey", "idNumber", idNumber, "phone", uniquePhone()))
            .body()
            .get("id")
            .asLong();
    long line = line(customer, "CASH12", "8000.00");
    post(
        "/api/v1/lists/entries",
        Map.of(
            "list",
            "GREY",
            "keyType",
            "ID_NUMBER",
            "value",
            idNumber,
            "reason",
            "income unverified"));
    Response parked = request(line, "1200.00");
    assertThat(parked.status()).as(parked.raw()).isEqualTo(202);
    long reviewId = parked.body().get("reviewId").asLong();
    assertThat(getAll("/api/v1/drawdown-reviews").toString()).contains("\"id\":" + reviewId);
    assertThat(lineView(line).get("available").asString()).isEqualTo("8000.00");

    Response approved =
        post("/api/v1/drawdown-reviews/" + reviewId + "/approve", Map.of("note", "income ok"));
    assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
    assertThat(approved.body().get("principal").asString()).isEqualTo("1200.00");
    assertThat(lineView(line).get("available").asString()).isEqualTo("6800.00");
    Response again = post("/api/v1/drawdown-reviews/" + reviewId + "/approve", Map.of());
    assertThat(again.status()).isEqualTo(409);
    assertThat(get("/api/v1/drawdown-reviews/" + reviewId).body().get("status").asString())
        .isEqualTo("APPROVED");
  }

  @Test
  void aStrategyWithAWrongExpressionIsRefusedWithThePlaceAndCause() {
    String yaml = rulesOnly("typo-test", "LIVE", "v", "drawdown_count_24h >= 5 && scroe > 1", "X");
    Response r = post("/api/v1/strategies", yaml, Map.of("Content-Type", "application/yaml"));
    assertThat(r.status()).as(r.raw()).isEqualTo(422);
    assertThat(r.body().get("type").asString()).endsWith("/strategy-invalid");
    assertThat(r.body().get("errors").get(0).get("field").asString())
        .contains("flows.main.steps[0].rules[0].when");
    assertThat(r.body().get("errors").get(0).get("reason").asString()).contains("scroe");

    Response escape =
        post(
            "/api/v1/strategies",
            yaml.replace("scroe > 1", "''.getClass().forName('java.lang.Runtime') != null"),
            Map.of("Content-Type", "application/yaml"));
    assertThat(escape.status()).isEqualTo(422);
    assertThat(getAll("/api/v1/strategies").toString()).doesNotContain("typo-test");
  }

  @Test
  void aNewVersionCanBeSavedAndActivated() {
    String yaml =
        rulesOnly("drawdown-lenient", "SHADOW", "big", "request_amount > 100000", "TOO_BIG");
    Response saved = post("/api/v1/strategies", yaml, Map.of("Content-Type", "application/yaml"));
    assertThat(saved.status()).as(saved.raw()).isEqualTo(201);
    assertThat(saved.body().get("status").asString()).isEqualTo("DRAFT");
    Response active = post("/api/v1/strategies/drawdown-lenient/versions/1/activate", Map.of());
    assertThat(active.body().get("status").asString()).isEqualTo("ACTIVE");
    assertThat(
            post("/api/v1/strategies", yaml, Map.of("Content-Type", "application/yaml")).status())
        .isEqualTo(409);
  }

  @Test
  void anOverdueCustomerCannotDrawAgain() {
    long line = freshLine("20000.00");
    long loan = draw(line, "1000.00", 3).get("id").asLong();
    LocalDate due =
        LocalDate.parse(loan(loan).get("installments").get(0).get("dueDate").asString());
    closeThrough(due.plusDays(2));
    assertThat(loan(loan).get("status").asString()).isEqualTo("OVERDUE");
    Response r = request(line, "700.00");
    assertThat(r.status()).as(r.raw()).isEqualTo(422);
    assertThat(reasons(r)).contains("OVERDUE_NOW");
  }

  @Test
  void aBacktestReplaysTheRequestsAndComparesTwoVersions() throws InterruptedException {
    long line = freshLine("20000.00");
    for (String amount : List.of("101.00", "102.00", "103.00", "104.00", "105.00", "106.00")) {
      request(line, amount);
    }
    String v1 =
        get("/api/v1/strategies/drawdown-default/versions/1").body().get("document").asString();
    String v2 =
        v1.replaceFirst("(?m)^version: 1", "version: 2")
            .replace("drawdown_count_24h >= 5", "drawdown_count_24h >= 50");
    Response saved = post("/api/v1/strategies", v2, Map.of("Content-Type", "application/yaml"));
    assertThat(saved.status()).as(saved.raw()).isEqualTo(201);

    String day = today().toString();
    Response single =
        post(
            "/api/v1/strategies/drawdown-default/versions/1/backtest",
            Map.of("from", day, "to", day));
    assertThat(single.status()).as(single.raw()).isEqualTo(200);
    JsonNode report = single.body().get("report");
    assertThat(report.get("total").asLong()).isGreaterThanOrEqualTo(6);
    assertThat(report.get("rejected").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(report.get("ruleHitRates").toString()).contains("velocity_24h");

    Response compared =
        post(
            "/api/v1/strategies/drawdown-default/versions/1/backtest",
            Map.of("from", day, "to", day, "compareWithVersion", 2));
    assertThat(compared.status()).as(compared.raw()).isEqualTo(200);
    assertThat(compared.body().get("second").get("rejected").asLong())
        .isLessThan(compared.body().get("first").get("rejected").asLong());

    // the same backtest in the background: 202 at once, then progress and the same report
    Response started =
        post(
            "/api/v1/strategies/drawdown-default/versions/1/backtests",
            Map.of("from", day, "to", day));
    assertThat(started.status()).as(started.raw()).isEqualTo(202);
    long run = started.body().get("id").asLong();
    Response polled = get("/api/v1/backtests/" + run);
    for (int i = 0; i < 200 && !polled.body().get("status").asString().equals("DONE"); i++) {
      assertThat(polled.body().get("status").asString()).isIn("QUEUED", "RUNNING");
      Thread.sleep(50);
      polled = get("/api/v1/backtests/" + run);
    }
    assertThat(polled.body().get("status").asString()).as(polled.raw()).isEqualTo("DONE");
    assertThat(polled.body().get("done").asLong())
        .isEqualTo(polled.body().get("total").asLong())
        .isEqualTo(report.get("total").asLong());
    assertThat(polled.body().get("result").get("report").toString()).isEqualTo(report.toString());
    assertThat(get("/api/v1/backtests/987654").status()).isEqualTo(404);

    Response bad =
        post(
            "/api/v1/strategies/drawdown-default/versions/1/backtest",
            Map.of("from", day, "to", "2000-01-01"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().get("field").asString()).isEqualTo("to");
  }

  @Test
  void aPrecheckDecidesAndLogsButMovesNoMoney() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    String phone = uniquePhone();
    long customer =
        post(
                "/api/v1/customers",
                Map.of("name", "Pre", "idNumber", uniqueIdNumber(), "phone", phone))
            .body()
            .get("id")
            .asLong();
    long line = line(customer, "CASH12", "6000.00");
    Response ok =
        post(
            "/api/v1/credit-lines/" + line + "/drawdown-decisions",
            Map.of("amount", "800.00", "termMonths", 12));
    assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
    assertThat(ok.body().get("outcome").asString()).isEqualTo("APPROVE");
    post(
        "/api/v1/lists/entries",
        Map.of("list", "BLACK", "keyType", "PHONE", "value", phone, "reason", "stolen identity"));
    Response listed =
        post(
            "/api/v1/credit-lines/" + line + "/drawdown-decisions",
            Map.of("amount", "800.00", "termMonths", 12));
    assertThat(listed.body().get("outcome").asString()).isEqualTo("REJECT");
    assertThat(listed.body().get("reasons").toString()).contains("BLACKLIST");
    assertThat(
            get("/api/v1/decisions/" + listed.body().get("decisionId").asLong())
                .body()
                .get("decisionPoint")
                .asString())
        .isEqualTo("DRAWDOWN_PRECHECK");
    assertThat(lineView(line).get("available").asString()).isEqualTo("6000.00");
    assertThat(get("/api/v1/loans?customerId=" + customer).body().get("items")).isEmpty();
  }

  @Test
  void theSameAmountThreeTimesInADayIsFlagged() {
    long line = freshLine("20000.00");
    Response last = null;
    for (int i = 0; i < 3; i++) {
      last = request(line, "660.00");
    }
    assertThat(last.status()).as(last.raw()).isEqualTo(202);
    assertThat(reasons(last)).contains("EQUAL_AMOUNTS");
  }
}
