package dev.creditloop.app;

import static dev.creditloop.app.LaneExchanges.CHAIN;
import static dev.creditloop.app.LaneExchanges.headers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.security.Role;
import dev.creditloop.app.servicing.web.PrecheckLane;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pre-check's hot lane answers exactly as the full chain (security filters, dispatcher) does,
 * and leaves to the chain every call it should not answer itself: unknown or not yet verified
 * credentials, a refused role, an agency user, a malformed body, a refusal by the ledger.
 */
class PrecheckLaneIT extends BookFixture {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Autowired
  @Qualifier("precheckLane")
  private FilterRegistrationBean<PrecheckLane> registration;

  private long line;

  @BeforeEach
  void aLine() {
    product("LANE12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    line = line(customer(), "LANE12", "10000.00");
    // a first call through the chain verifies the password; the lane knows it from then on
    assertThat(get("/api/v1/credit-lines/" + line).status()).isEqualTo(200);
  }

  private long served() {
    return registration.getFilter().served();
  }

  private HttpResponse<String> precheck(
      long lineId, String body, String authorization, String accept) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + port
                        + "/api/v1/credit-lines/"
                        + lineId
                        + "/drawdown-decisions"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> precheck(String body, String authorization, String accept)
      throws Exception {
    return precheck(line, body, authorization, accept);
  }

  private static String me() {
    return basic(ALL_ROLES_USER, TEST_PASSWORD);
  }

  /** The answer without its decision id, which differs from call to call. */
  private static JsonNode withoutDecisionId(String body) {
    ObjectNode node = (ObjectNode) JSON.readTree(body);
    assertThat(node.get("decisionId").asLong()).isPositive();
    node.remove("decisionId");
    return node;
  }

  private void sameAnswer(String body) throws Exception {
    long before = served();
    HttpResponse<String> chain = precheck(body, me(), CHAIN);
    assertThat(served()).as("the chain answered").isEqualTo(before);
    HttpResponse<String> lane = precheck(body, me(), null);
    assertThat(served()).as("the lane answered").isEqualTo(before + 1);

    assertThat(lane.statusCode()).isEqualTo(chain.statusCode()).isEqualTo(200);
    assertThat(headers(lane)).isEqualTo(headers(chain));
    assertThat(lane.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(withoutDecisionId(lane.body())).isEqualTo(withoutDecisionId(chain.body()));
    long decision = JSON.readTree(lane.body()).get("decisionId").asLong();
    Response logged = get("/api/v1/decisions/" + decision);
    assertThat(logged.status()).as(logged.raw()).isEqualTo(200);
    assertThat(logged.body().get("decisionPoint").asString()).isEqualTo("DRAWDOWN_PRECHECK");
    assertThat(logged.body().get("creditLineId").asLong()).isEqualTo(line);
  }

  @Test
  void anApprovedPrecheckIsAnsweredByTheLaneAsByTheChain() throws Exception {
    sameAnswer("{\"amount\":\"500.00\",\"termMonths\":3,\"deviceId\":\"dev-lane-1\"}");
    JsonNode answer =
        JSON.readTree(precheck("{\"amount\":\"500.00\",\"termMonths\":3}", me(), null).body());
    assertThat(answer.get("outcome").asString()).isEqualTo("APPROVE");
    assertThat(answer.get("available").asString()).isEqualTo("10000.00");
  }

  @Test
  void aRejectionWithReasonsIsAnsweredByTheLaneAsByTheChain() throws Exception {
    // nearly the whole limit within a day of the grant: the default strategy refuses it
    sameAnswer("{\"amount\":\"9900.00\",\"termMonths\":12}");
    JsonNode answer =
        JSON.readTree(precheck("{\"amount\":\"9900.00\",\"termMonths\":12}", me(), null).body());
    assertThat(answer.get("outcome").asString()).isEqualTo("REJECT");
    assertThat(answer.get("reasons").toString()).contains("FULL_LIMIT_AFTER_GRANT");
  }

  @Test
  void anApiTokenIsKnownToTheLane() throws Exception {
    Response issued = post("/api/v1/users/me/tokens", Map.of("name", "lane"));
    assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
    String token = "Bearer " + issued.body().get("token").asString();
    long before = served();
    HttpResponse<String> r = precheck("{\"amount\":\"100.00\",\"termMonths\":6}", token, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(served()).isEqualTo(before + 1);
    // a token that does not exist is the chain's to refuse
    HttpResponse<String> unknown =
        precheck("{\"amount\":\"100.00\",\"termMonths\":6}", "Bearer clt_nothing", null);
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(served()).isEqualTo(before + 1);
  }

  @Test
  void whatTheLaneShouldNotAnswerTheChainAnswersAsAlways() throws Exception {
    String ok = "{\"amount\":\"100.00\",\"termMonths\":6}";
    long before = served();

    // no credentials, a wrong password: 401 from the chain, which counts the failure
    assertThat(precheck(ok, null, null).statusCode()).isEqualTo(401);
    assertThat(precheck(ok, basic(ALL_ROLES_USER, "not-the-password"), null).statusCode())
        .isEqualTo(401);
    // a role the access matrix does not allow: 403
    ensureUser("lane-collector", Role.COLLECTOR);
    assertThat(precheck(ok, basic("lane-collector", TEST_PASSWORD), null).statusCode())
        .isEqualTo(403);
    // an agency user: its scope is the chain's to apply (this line is outside it)
    ensureUser("lane-agent", "lane-agency", Role.ACCOUNT_MANAGER);
    assertThat(precheck(ok, basic("lane-agent", TEST_PASSWORD), null).statusCode()).isEqualTo(404);
    assertThat(precheck(ok, basic("lane-agent", TEST_PASSWORD), null).statusCode()).isEqualTo(404);
    // a line that does not exist, a missing term, a byte-order mark, a key given twice
    HttpResponse<String> unknownLine = precheck(999_999_999L, ok, me(), null);
    assertThat(unknownLine.statusCode()).isEqualTo(404);
    assertThat(unknownLine.headers().firstValue("Content-Type"))
        .contains("application/problem+json");
    HttpResponse<String> noTerm = precheck("{\"amount\":\"100.00\"}", me(), null);
    assertThat(noTerm.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(noTerm.body()).get("field").asString()).isEqualTo("termMonths");
    HttpResponse<String> bom = precheck("\uFEFF" + ok, me(), null);
    assertThat(bom.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bom.body()).get("field").asString()).isEqualTo("body");
    HttpResponse<String> twice =
        precheck("{\"amount\":\"100.00\",\"amount\":\"200.00\",\"termMonths\":6}", me(), null);
    assertThat(twice.statusCode()).isEqualTo(400);
    HttpResponse<String> spaced = precheck("{\"amount\":\" 100.00\",\"termMonths\":6}", me(), null);
    assertThat(spaced.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(spaced.body()).get("field").asString()).isEqualTo("amount");
    // a term in days on a product in months: the ledger refuses, the chain answers
    HttpResponse<String> days = precheck("{\"amount\":\"100.00\",\"termDays\":30}", me(), null);
    assertThat(days.statusCode()).isIn(400, 422);

    // (the wrong password made the server forget the verified one: the unknown line's call went
    // by the chain, which verified it again)
    assertThat(served()).as("none of these went by the lane").isEqualTo(before);
    // and the lane answers the plain call
    assertThat(precheck(ok, me(), null).statusCode()).isEqualTo(200);
    assertThat(served()).isEqualTo(before + 1);
  }
}
