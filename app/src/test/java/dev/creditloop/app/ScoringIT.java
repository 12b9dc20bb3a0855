package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A card trained elsewhere published into a strategy through the API, then the batch scoring run:
 * scores as of the close of a day (not now), the ledger's days past due, history per customer,
 * refusals.
 */
class ScoringIT extends BookFixture {

  private static final String STRATEGY =
      """
      id: bscore-it
      version: 1
      segments:
        - {name: all, when: "true", flow: main}
      flows:
        main:
          steps:
            - type: scorecard
              id: bcard
              basePoints: 500
              characteristics:
                - {feature: credit_limit, reason: LIMIT, bins: [{else: true, points: 0}]}
      """;

  /** The workbench's export format: available amount and the ledger's days past due. */
  private static final String CARD =
      """
      { "format": "creditloop-scorecard/1", "name": "it-card", "baseScore": 500,
        "scaling": {"baseScore": 600, "baseOdds": 50, "pdo": 20},
        "characteristics": [
          { "feature": "available_amount", "type": "numeric", "reasonCode": "AVAILABLE",
            "bins": [ {"label": "missing", "missing": true, "points": 0},
                      {"label": "low", "lower": null, "upper": 6000, "points": 10},
                      {"label": "high", "lower": 6000, "upper": null, "points": 40} ] },
          { "feature": "current_dpd", "type": "numeric", "reasonCode": "DPD",
            "bins": [ {"label": "missing", "missing": true, "points": 0},
                      {"label": "current", "lower": null, "upper": 1, "points": 30},
                      {"label": "overdue", "lower": 1, "upper": null, "points": -50} ] } ] }
      """;

  private Response publish(String card, List<Map<String, Object>> cutoffs) {
    return post(
        "/api/v1/strategies/bscore-it/scorecards/bcard",
        Map.of("card", JSON.readTree(card), "cutoffs", cutoffs));
  }

  private static final List<Map<String, Object>> CUTOFFS =
      List.of(
          Map.of("below", 520, "action", "REJECT", "reason", "LOW_BSCORE"),
          Map.of("below", 545, "action", "REVIEW", "reason", "MID_BSCORE"));

  private JsonNode latestScore(long customer) {
    Response r = get("/api/v1/customers/" + customer + "/scores");
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.body().get("items").get(0);
  }

  @Test
  void aPublishedCardScoresTheBookAsOfTheLastCloseAndKeepsEachCustomersHistory() {
    Response saved =
        post("/api/v1/strategies", STRATEGY, Map.of("Content-Type", "application/yaml"));
    assertThat(saved.status()).as(saved.raw()).isEqualTo(201);
    assertThat(post("/api/v1/strategies/bscore-it/versions/1/activate", Map.of()).status())
        .isEqualTo(200);

    product("BULLET7", "BULLET", "DAYS", List.of(7), "0.18");
    long a = customer();
    line(a, "BULLET7", "5000.00");
    long b = customer();
    long bLine = line(b, "BULLET7", "8000.00");
    long c = customer();
    long cLine = line(c, "BULLET7", "5000.00");
    Response drawn =
        post(
            "/api/v1/credit-lines/" + cLine + "/drawdowns",
            Map.of("amount", "1000.00", "termDays", 7));
    assertThat(drawn.status()).as(drawn.raw()).isEqualTo(201);
    LocalDate lastClosed = today().plusDays(9);
    closeThrough(lastClosed); // c's loan fell due on day 7 and stayed unpaid

    Response published = publish(CARD, CUTOFFS);
    assertThat(published.status()).as(published.raw()).isEqualTo(201);
    assertThat(published.body().get("version").get("version").asInt()).isEqualTo(2);
    assertThat(published.body().get("version").get("status").asString()).isEqualTo("DRAFT");
    assertThat(published.body().get("basedOn").asInt()).isEqualTo(1);
    assertThat(published.body().get("characteristics").asInt()).isEqualTo(2);
    assertThat(post("/api/v1/strategies/bscore-it/versions/2/activate", Map.of()).status())
        .isEqualTo(200);

    Response run = post("/api/v1/scoring-runs", Map.of("strategyId", "bscore-it"));
    assertThat(run.status()).as(run.raw()).isEqualTo(201);
    assertThat(run.body().get("status").asString()).isEqualTo("DONE");
    assertThat(run.body().get("asOf").asString()).isEqualTo(lastClosed.toString());
    assertThat(run.body().get("strategyVersion").asInt()).isEqualTo(2);
    assertThat(run.body().get("customers").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(run.body().get("bands").get("REJECT").asLong()).isGreaterThanOrEqualTo(1);

    JsonNode sa = latestScore(a);
    assertThat(sa.get("score").asDouble()).isEqualTo(540.0);
    assertThat(sa.get("action").asString()).isEqualTo("REVIEW");
    assertThat(sa.get("reasons").toString()).isEqualTo("[\"AVAILABLE\"]");
    // Explained: each characteristic's input as of the close, the bin it fell in, its points and
    // the best it had.
    JsonNode available = sa.get("characteristics").get(0);
    assertThat(available.get("feature").asString()).isEqualTo("available_amount");
    assertThat(available.get("value").asDouble()).isEqualTo(5000.0);
    assertThat(available.get("bin").asString()).isEqualTo("low");
    assertThat(available.get("points").asDouble()).isEqualTo(10.0);
    assertThat(available.get("maxPoints").asDouble()).isEqualTo(40.0);
    assertThat(latestScore(b).get("score").asDouble()).isEqualTo(570.0);
    assertThat(latestScore(b).get("action").asString()).isEqualTo("PASS");
    JsonNode sc = latestScore(c);
    assertThat(sc.get("score").asDouble()).isEqualTo(460.0);
    assertThat(sc.get("action").asString()).isEqualTo("REJECT");
    assertThat(sc.get("reasons").toString()).isEqualTo("[\"DPD\",\"AVAILABLE\"]");
    assertThat(sc.get("characteristics").get(0).get("value").asDouble()).isEqualTo(4000.0);
    int ledgerDpd = loan(drawn.body().get("id").asLong()).get("dpd").asInt();
    assertThat(ledgerDpd).isPositive();
    assertThat(sc.get("characteristics").get(1).get("value").asDouble()).isEqualTo(ledgerDpd);
    assertThat(sc.get("characteristics").get(1).get("bin").asString()).isEqualTo("overdue");

    // The same card and day again is refused; nothing is written twice.
    Response again = post("/api/v1/scoring-runs", Map.of("strategyId", "bscore-it"));
    assertThat(again.status()).as(again.raw()).isEqualTo(409);
    assertThat(again.body().get("type").asString()).endsWith("/scoring-run-exists");
    assertThat(get("/api/v1/customers/" + a + "/scores").body().get("items")).hasSize(1);

    // b draws after the close: a new card version scored as of the same close still sees b's full
    // 8,000.00.
    Response bDraw =
        post(
            "/api/v1/credit-lines/" + bLine + "/drawdowns",
            Map.of("amount", "3000.00", "termDays", 7));
    assertThat(bDraw.status()).as(bDraw.raw()).isEqualTo(201);
    assertThat(publish(CARD, CUTOFFS).status()).isEqualTo(201);
    // An earlier close first: c was 1 day past due then, still overdue for the card. A card's first
    // run has no drift to show.
    Response earlier =
        post(
            "/api/v1/scoring-runs",
            Map.of(
                "strategyId",
                "bscore-it",
                "version",
                3,
                "asOf",
                lastClosed.minusDays(1).toString()));
    assertThat(earlier.status()).as(earlier.raw()).isEqualTo(201);
    assertThat(earlier.body().get("stability").isNull()).isTrue();
    Response v3 = post("/api/v1/scoring-runs", Map.of("strategyId", "bscore-it", "version", 3));
    assertThat(v3.status()).as(v3.raw()).isEqualTo(201);
    assertThat(v3.body().get("recomputed").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(latestScore(b).get("score").asDouble()).isEqualTo(570.0);
    assertThat(latestScore(b).get("strategyVersion").asInt()).isEqualTo(3);
    // Drift against the card's previous run: score PSI and one CSI per characteristic.
    JsonNode stability = v3.body().get("stability");
    assertThat(stability.get("comparedWithRun").asLong())
        .isEqualTo(earlier.body().get("id").asLong());
    assertThat(stability.get("scorePsi").asDouble()).isGreaterThanOrEqualTo(0.0);
    assertThat(stability.get("csi").has("available_amount")).isTrue();
    assertThat(stability.get("csi").has("current_dpd")).isTrue();
    JsonNode history = get("/api/v1/customers/" + c + "/scores").body().get("items");
    assertThat(history).hasSize(3);
    assertThat(history.get(2).get("asOf").asString()).isEqualTo(lastClosed.minusDays(1).toString());
    assertThat(history.get(2).get("action").asString()).isEqualTo("REJECT");
    // Before their lines were granted the customers were not on the book: a run of that day leaves
    // them out.
    Response beforeAll =
        post(
            "/api/v1/scoring-runs",
            Map.of(
                "strategyId",
                "bscore-it",
                "version",
                3,
                "asOf",
                lastClosed.minusDays(30).toString()));
    assertThat(beforeAll.status()).as(beforeAll.raw()).isEqualTo(201);
    assertThat(beforeAll.body().get("customers").asLong())
        .isLessThan(run.body().get("customers").asLong());
    assertThat(get("/api/v1/customers/" + c + "/scores").body().get("items")).hasSize(3);
  }

  @org.springframework.beans.factory.annotation.Autowired
  dev.creditloop.app.scoring.ScoringRuns scoringRuns;

  @Test
  void theMonthlyJobScoresTheLatestClosedMonthEndOnce() {
    long customer = customer();
    line(customer, product("BULLET7", "BULLET", "DAYS", List.of(7), "0.18"), "6000.00");
    LocalDate monthEnd = today().withDayOfMonth(today().lengthOfMonth());
    closeThrough(monthEnd);

    var run =
        scoringRuns
            .scoreLatestMonthEndIfDue(dev.creditloop.app.scoring.ScoringRuns.Progress.none())
            .orElseThrow();
    assertThat(run.status()).isEqualTo("DONE");
    assertThat(run.strategyId()).isEqualTo("drawdown-default");
    assertThat(run.asOf()).isEqualTo(monthEnd);
    assertThat(run.customers()).isGreaterThanOrEqualTo(1);
    assertThat(
            get("/api/v1/customers/" + customer + "/scores")
                .body()
                .get("items")
                .get(0)
                .get("asOf")
                .asString())
        .isEqualTo(monthEnd.toString());
    // Scored already: the next night's job does nothing.
    assertThat(
            scoringRuns.scoreLatestMonthEndIfDue(
                dev.creditloop.app.scoring.ScoringRuns.Progress.none()))
        .isEmpty();
    assertThat(get("/api/v1/scoring-runs/" + run.id()).body().get("asOf").asString())
        .isEqualTo(run.asOf().toString());
  }

  @Test
  void badRequestsAreRefusedWithTheOffendingField() {
    Response future = post("/api/v1/scoring-runs", Map.of("asOf", today().plusDays(3).toString()));
    assertThat(future.status()).as(future.raw()).isEqualTo(422);
    assertThat(future.raw()).contains("asOf");
    Response garbled = post("/api/v1/scoring-runs", Map.of("asOf", "31/05/2026"));
    assertThat(garbled.status()).as(garbled.raw()).isEqualTo(400);
    assertThat(garbled.body().get("type").asString()).endsWith("/invalid-field");
    assertThat(garbled.body().get("errors").get(0).get("field").asString()).isEqualTo("asOf");
    Response step = post("/api/v1/scoring-runs", Map.of("step", "nope"));
    assertThat(step.status()).as(step.raw()).isEqualTo(422);
    assertThat(step.raw()).contains("\"step\"");
    assertThat(get("/api/v1/scoring-runs/987654321").status()).isEqualTo(404);
    assertThat(get("/api/v1/customers/987654321/scores").status()).isEqualTo(404);

    Response categorical =
        post(
            "/api/v1/strategies/drawdown-default/scorecards/bcard",
            Map.of(
                "card",
                JSON.readTree(
                    """
        {"format": "creditloop-scorecard/1", "baseScore": 0, "characteristics": [{"feature": "region",
         "type": "categorical", "bins": [{"categories": ["north"], "points": 1}]}]}""")));
    assertThat(categorical.status()).as(categorical.raw()).isEqualTo(422);
    assertThat(categorical.body().get("type").asString()).endsWith("/scorecard-invalid");
    assertThat(categorical.raw()).contains("card.characteristics[0].type");
    Response unknownFeature =
        post(
            "/api/v1/strategies/drawdown-default/scorecards/bcard",
            Map.of("card", JSON.readTree(CARD.replace("available_amount", "shoe_size"))));
    assertThat(unknownFeature.status()).as(unknownFeature.raw()).isEqualTo(422);
    assertThat(unknownFeature.raw()).contains("unknown feature 'shoe_size'");
    Response pass =
        post(
            "/api/v1/strategies/drawdown-default/scorecards/bcard",
            Map.of(
                "card",
                JSON.readTree(CARD),
                "cutoffs",
                List.of(Map.of("below", 500, "action", "PASS", "reason", "X"))));
    assertThat(pass.status()).as(pass.raw()).isIn(400, 422);
    assertThat(pass.raw()).contains("cutoffs[0].action");
    assertThat(
            post("/api/v1/strategies/no-such/scorecards/bcard", Map.of("card", JSON.readTree(CARD)))
                .status())
        .isEqualTo(404);
    Response notAScorecard =
        post(
            "/api/v1/strategies/drawdown-default/scorecards/limit_price",
            Map.of("card", JSON.readTree(CARD)));
    assertThat(notAScorecard.status()).as(notAScorecard.raw()).isEqualTo(422);
    // None of the refusals left a version behind.
    assertThat(get("/api/v1/strategies").raw())
        .doesNotContain("\"strategyId\":\"drawdown-default\",\"version\":2");
  }
}
