package dev.creditloop.app;

import static dev.creditloop.app.LaneExchanges.CHAIN;
import static dev.creditloop.app.LaneExchanges.headers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.security.Role;
import dev.creditloop.app.servicing.web.DrawdownLane;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A machine client's drawdown by the hot lane is answered and audited exactly as by the full chain
 * (security filters, audit filter, dispatcher), idempotency keys included; staff callers, refusals
 * and malformed requests are left to the chain.
 */
class DrawdownLaneIT extends BookFixture {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String MACHINE = "lane-machine";

  /** Fields that differ between two drawdowns of the same request: ids and the decision. */
  private static final Set<String> PER_LOAN = Set.of("id", "loanId", "decisionId");

  @Autowired
  @Qualifier("drawdownLane")
  private FilterRegistrationBean<DrawdownLane> registration;

  private String machine;

  @BeforeEach
  void aMachineClient() throws Exception {
    product("LANE12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    ensureUser(MACHINE, Role.INTEGRATION);
    machine = basic(MACHINE, TEST_PASSWORD);
    // a first call through the chain verifies the password; the lane knows it from then on
    long warm = line(customer(), "LANE12", "20000.00");
    assertThat(
            draw(warm, "{\"amount\":\"100.00\",\"termMonths\":3}", machine, CHAIN, null)
                .statusCode())
        .isEqualTo(201);
  }

  private long served() {
    return registration.getFilter().served();
  }

  private HttpResponse<String> draw(
      long line, String body, String authorization, String accept, String key) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + port + "/api/v1/credit-lines/" + line + "/drawdowns"))
            .header("Content-Type", "application/json")
            .header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (accept != null) {
      b.header("Accept", accept);
    }
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The answer without what differs from loan to loan. */
  private static JsonNode comparable(String body) {
    JsonNode node = JSON.readTree(body);
    strip(node);
    return node;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      PER_LOAN.forEach(o::remove);
      o.remove("creditLineId");
      o.remove("customerId");
      o.remove("instance");
    }
    for (Iterator<JsonNode> it = node.iterator(); it.hasNext(); ) {
      strip(it.next());
    }
  }

  /** The newest audit record of a line. */
  private JsonNode lastAudit(long line) {
    Response r = get("/api/v1/audit?entityType=credit-line&entityId=" + line + "&limit=1");
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.body().get("items").get(0);
  }

  /** An audit record without what differs from line to line. */
  private Map<String, String> auditShape(JsonNode record, long line) {
    Map<String, String> m = new HashMap<>();
    for (String f : List.of("actor", "roles", "action", "entityType", "status", "before")) {
      m.put(f, record.get(f) == null ? null : record.get(f).toString());
    }
    m.put("action", m.get("action").replace("/" + line + "/", "/{id}/"));
    m.put("request", record.get("request").toString());
    m.put(
        "after",
        record.get("after") == null ? null : comparable(record.get("after").asString()).toString());
    return m;
  }

  /** Two equal fresh lines, one drawn on by the chain, the other by the lane: the same answer. */
  private void sameAnswer(String body, int status) throws Exception {
    long chainCustomer = customer();
    long laneCustomer = customer();
    long viaChain = line(chainCustomer, "LANE12", "10000.00");
    long viaLane = line(laneCustomer, "LANE12", "10000.00");
    long before = served();
    HttpResponse<String> chain = draw(viaChain, body, machine, CHAIN, null);
    assertThat(served()).as("the chain answered").isEqualTo(before);
    HttpResponse<String> lane = draw(viaLane, body, machine, null, null);
    assertThat(served()).as("the lane answered").isEqualTo(before + 1);

    assertThat(chain.statusCode()).as(chain.body()).isEqualTo(status);
    assertThat(lane.statusCode()).as(lane.body()).isEqualTo(status);
    assertThat(headers(lane)).isEqualTo(headers(chain));
    assertThat(comparable(lane.body())).isEqualTo(comparable(chain.body()));

    JsonNode chainRecord = lastAudit(viaChain);
    JsonNode laneRecord = lastAudit(viaLane);
    assertThat(laneRecord.get("entityId").asString()).isEqualTo(String.valueOf(viaLane));
    assertThat(laneRecord.get("actor").asString()).isEqualTo(MACHINE);
    assertThat(laneRecord.get("status").asInt()).isEqualTo(status);
    assertThat(laneRecord.get("customerId").isNull())
        .isEqualTo(chainRecord.get("customerId").isNull());
    if (!laneRecord.get("customerId").isNull()) {
      // each names its own line's customer (the lane knows a disbursed loan's, the chain reads it)
      assertThat(laneRecord.get("customerId").asLong()).isEqualTo(laneCustomer);
      assertThat(chainRecord.get("customerId").asLong()).isEqualTo(chainCustomer);
    }
    assertThat(auditShape(laneRecord, viaLane)).isEqualTo(auditShape(chainRecord, viaChain));
  }

  @Test
  void aDisbursedDrawdownIsAnsweredAndAuditedByTheLaneAsByTheChain() throws Exception {
    sameAnswer("{\"amount\":\"1000.00\",\"termMonths\":12,\"deviceId\":\"dev-lane-7\"}", 201);
  }

  @Test
  void aRejectionByTheStrategyIsAnsweredAndAuditedByTheLaneAsByTheChain() throws Exception {
    // nearly the whole limit within a day of the grant: the default strategy refuses it
    sameAnswer("{\"amount\":\"9900.00\",\"termMonths\":12}", 422);
  }

  @Test
  void anIdempotencyKeyReplaysTheFirstAnswerAndMovesNoMoneyTwice() throws Exception {
    long line = line(customer(), "LANE12", "10000.00");
    String body = "{\"amount\":\"700.00\",\"termMonths\":6}";
    long before = served();
    HttpResponse<String> first = draw(line, body, machine, null, "lane-key-1");
    HttpResponse<String> again = draw(line, body, machine, null, "lane-key-1");
    assertThat(served()).isEqualTo(before + 2);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(get("/api/v1/credit-lines/" + line).body().get("available").asString())
        .isEqualTo("9300.00");
    // the same key with another request: the chain refuses it
    HttpResponse<String> reused =
        draw(line, "{\"amount\":\"800.00\",\"termMonths\":6}", machine, null, "lane-key-1");
    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(reused.body()).get("code").asString())
        .isEqualTo("idempotency-key-reused");
    assertThat(served()).isEqualTo(before + 2);
  }

  @Test
  void whatTheLaneShouldNotAnswerTheChainAnswersAsAlways() throws Exception {
    long line = line(customer(), "LANE12", "10000.00");
    String ok = "{\"amount\":\"100.00\",\"termMonths\":6}";
    long before = served();

    // a staff member (every role): the chain, whose record holds the line before and after
    HttpResponse<String> staff = draw(line, ok, basic(ALL_ROLES_USER, TEST_PASSWORD), null, null);
    assertThat(staff.statusCode()).isEqualTo(201);
    assertThat(lastAudit(line).get("before").isNull()).isFalse();
    // over the available amount, a term in days, a blank key, an unknown line: refused by the chain
    HttpResponse<String> over =
        draw(line, "{\"amount\":\"50000.00\",\"termMonths\":6}", machine, null, null);
    assertThat(over.statusCode()).isBetween(400, 499);
    assertThat(over.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(
            draw(line, "{\"amount\":\"100.00\",\"termDays\":30}", machine, null, null).statusCode())
        .isBetween(400, 499);
    assertThat(draw(line, ok, machine, null, " ").statusCode()).isEqualTo(400);
    assertThat(draw(999_999_999L, ok, machine, null, null).statusCode()).isEqualTo(404);
    // a byte-order mark, an amount with an exponent
    assertThat(draw(line, "\uFEFF" + ok, machine, null, null).statusCode()).isEqualTo(400);
    assertThat(
            draw(line, "{\"amount\":\"1E+2\",\"termMonths\":6}", machine, null, null).statusCode())
        .isEqualTo(400);
    assertThat(served()).as("none of these went by the lane").isEqualTo(before);
    // the refusals moved nothing: only the staff member's drawdown was disbursed
    assertThat(get("/api/v1/credit-lines/" + line).body().get("available").asString())
        .isEqualTo("9900.00");
  }
}
