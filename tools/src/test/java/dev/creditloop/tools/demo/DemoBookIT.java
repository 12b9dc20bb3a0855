package dev.creditloop.tools.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code creditloop.jar demo} shows on first start: a simulated history, today's customers on
 * the five repayment methods, a drawdown waiting for review, the B-card published as a draft and
 * the book scored with it; the start-up banner names the demo users. On an H2 database of its own,
 * as the demo command uses.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "creditloop.demo.enabled=true",
      "creditloop.demo.simulated-customers=300",
      "creditloop.business-clock.time-of-day=11:00"
    })
@org.springframework.test.context.TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:demo_it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DemoBookIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired dev.creditloop.app.SignInNote signIn;

  private JsonNode get(String path) throws Exception {
    return get("demo-admin", path);
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString(
                                (user + ":" + DemoUsers.PASSWORD)
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void theDemoBookHasASimulatedHistoryTodaysCustomersAReviewAndScores() throws Exception {
    JsonNode runs = get("/api/v1/scoring-runs").get("items");
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).get("status").asString()).isEqualTo("DONE");
    assertThat(runs.get(0).get("customers").asLong()).isEqualTo(300);
    assertThat(runs.get(0).get("strategyVersion").asInt()).isEqualTo(2);
    assertThat(get("/api/v1/strategies").get("items").toString())
        .contains("\"strategyId\":\"drawdown-default\",\"version\":2,\"status\":\"DRAFT\"");
    assertThat(get("/api/v1/drawdown-reviews").get("items").toString())
        .contains("\"status\":\"PENDING\"");
    assertThat(get("/api/v1/products").get("items")).hasSizeGreaterThanOrEqualTo(8);
    JsonNode tb = get("/api/v1/journal/trial-balance");
    assertThat(tb.get("balanced").asBoolean()).as(tb.toString()).isTrue();
    // a simulated customer's score is explained characteristic by characteristic
    JsonNode scores = get("/api/v1/customers/1/scores").get("items");
    assertThat(scores.get(0).get("characteristics")).hasSizeGreaterThanOrEqualTo(3);
  }

  /**
   * Screenshots of the main console pages on the demo book, in both languages, into
   * docs/screenshots: {@code ./mvnw verify -pl tools -am -DskipUTs -Dit.test=DemoBookIT
   * -Dcreditloop.screenshots=true}.
   */
  @Test
  void screenshotsOfTheConsoleOnTheDemoBook() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Boolean.getBoolean("creditloop.screenshots"), "screenshots not asked for");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dev.creditloop.app.console.Browser.available(), "no Chromium");
    try (var browser = new dev.creditloop.app.console.Browser(port)) {
      browser.signIn("demo-admin", DemoUsers.PASSWORD);
      for (String lang : new String[] {"zh-CN", "en"}) {
        String suffix = lang.equals("en") ? "en" : "zh";
        browser.open("/console?lang=" + lang);
        browser.await("#chart-vintage[data-rendered='true'] canvas");
        Thread.sleep(500);
        browser.screenshot("demo-overview-" + suffix);
        browser.open("/console/loans?status=OVERDUE&lang=" + lang);
        browser.screenshot("demo-loans-overdue-" + suffix);
        long loan =
            get("/api/v1/loans?status=OVERDUE&limit=1").get("items").get(0).get("id").asLong();
        browser.open("/console/loans/" + loan + "?lang=" + lang);
        browser.screenshot("demo-loan-" + suffix);
        browser.open("/console/reviews?lang=" + lang);
        browser.screenshot("demo-reviews-" + suffix);
        long decision = get("/api/v1/decisions?limit=1").get("items").get(0).get("id").asLong();
        browser.open("/console/decisions/" + decision + "?lang=" + lang);
        browser.screenshot("demo-decision-" + suffix);
        browser.open("/console/audit?lang=" + lang);
        browser.screenshot("demo-audit-" + suffix);
      }
    }
  }

  @Test
  void theStartUpBannerNamesTheDemoUsersAndTheirPassword() {
    assertThat(signIn.lines())
        .contains("demo-admin", "collector-east", "(agency " + DemoUsers.AGENCY + ")")
        .contains("password '" + DemoUsers.PASSWORD + "'");
  }

  @Test
  void theDemoAgencysUsersSeeASmallBookOfTheirOwn() throws Exception {
    int all = get("/api/v1/loans?limit=500").get("items").size();
    for (String user : java.util.List.of("agent", "collector-east")) {
      JsonNode loans = get(user, "/api/v1/loans?limit=500").get("items");
      assertThat(loans.size()).as(user).isBetween(5, all - 1);
      assertThat(loans.toString()).as(user).contains("\"status\":\"OVERDUE\"");
      for (JsonNode loan : loans) {
        JsonNode customer = get("/api/v1/customers/" + loan.get("customerId").asLong());
        assertThat(customer.get("agency").asString()).isEqualTo(DemoUsers.AGENCY);
      }
    }
  }
}
