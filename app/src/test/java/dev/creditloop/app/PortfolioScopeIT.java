package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.security.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The portfolio overview of a user with an agency covers that agency's customers only: two agencies
 * each see their own book, decisions and buckets; in-house staff see them summed into the whole
 * book.
 */
class PortfolioScopeIT extends BookFixture {

  @Test
  void eachAgencySeesItsOwnBookAndInHouseStaffSeeTheSum() throws InterruptedException {
    String north = "north-" + UUID.randomUUID().toString().substring(0, 8);
    String south = "south-" + UUID.randomUUID().toString().substring(0, 8);
    ensureUser("pf-agent-" + north, north, Role.AGENT);
    ensureUser("pf-collector-" + south, south, Role.COLLECTOR);
    ensureUser("pf-risk", Role.RISK);
    product("PFSCOPE12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");

    signInAs("pf-risk");
    JsonNode before = overview();

    signInAs(ALL_ROLES_USER);
    // north: two customers, two lines, two loans; south: one of each
    for (String[] c :
        new String[][] {
          {north, "10000.00", "1000.00"},
          {north, "5000.00", "2000.00"},
          {south, "8000.00", "500.00"}
        }) {
      long customer = customer();
      assertThat(
              post(
                      "/api/v1/customers/" + customer + "/agency",
                      Map.of("agency", c[0], "reason", "portfolio test"))
                  .status())
          .isEqualTo(200);
      draw(line(customer, "PFSCOPE12", c[1]), c[2], 6);
    }

    signInAs("pf-agent-" + north);
    JsonNode northBook = awaitDecisions(2);
    assertThat(northBook.get("book").get("customers").asLong()).isEqualTo(2);
    assertThat(northBook.get("book").get("lines").asLong()).isEqualTo(2);
    assertThat(northBook.get("book").get("grantedLimits").asString()).isEqualTo("15000.00");
    assertThat(northBook.get("book").get("activeLoans").asLong()).isEqualTo(2);
    assertThat(northBook.get("book").get("outstandingPrincipal").asString()).isEqualTo("3000.00");
    assertThat(bucketLoans(northBook)).isEqualTo(2);

    signInAs("pf-collector-" + south);
    JsonNode southBook = awaitDecisions(1);
    assertThat(southBook.get("book").get("customers").asLong()).isEqualTo(1);
    assertThat(southBook.get("book").get("grantedLimits").asString()).isEqualTo("8000.00");
    assertThat(southBook.get("book").get("outstandingPrincipal").asString()).isEqualTo("500.00");
    assertThat(bucketLoans(southBook)).isEqualTo(1);

    signInAs("pf-risk");
    JsonNode after = overview();
    assertThat(
            after.get("book").get("customers").asLong()
                - before.get("book").get("customers").asLong())
        .as("the whole book grew by both agencies' customers")
        .isEqualTo(3);
    assertThat(money(after, "outstandingPrincipal").subtract(money(before, "outstandingPrincipal")))
        .isEqualByComparingTo("3500.00");
    assertThat(money(after, "grantedLimits").subtract(money(before, "grantedLimits")))
        .isEqualByComparingTo("23000.00");
    assertThat(after.get("book").get("customers").asLong())
        .isGreaterThan(northBook.get("book").get("customers").asLong());

    // the console's overview is the same scoped figure
    signInAs("pf-agent-" + north);
    assertThat(get("/api/v1/portfolio/overview").status()).isEqualTo(200);
  }

  private JsonNode overview() {
    Response r = get("/api/v1/portfolio/overview");
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.body();
  }

  /** The overview once its decisions (written by the decision log's writer) add up. */
  private JsonNode awaitDecisions(long expected) throws InterruptedException {
    JsonNode o = overview();
    for (int i = 0; i < 50 && decisions(o) < expected; i++) {
      Thread.sleep(100);
      o = overview();
    }
    assertThat(decisions(o)).as("the agency's decisions only").isEqualTo(expected);
    return o;
  }

  private static long decisions(JsonNode o) {
    long n = 0;
    for (JsonNode day : o.get("decisions")) {
      n += day.get("approved").asLong() + day.get("review").asLong() + day.get("rejected").asLong();
    }
    return n;
  }

  private static long bucketLoans(JsonNode o) {
    long n = 0;
    for (JsonNode b : o.get("buckets")) {
      n += b.get("loans").asLong();
    }
    return n;
  }

  private static BigDecimal money(JsonNode o, String field) {
    return new BigDecimal(o.get("book").get(field).asString());
  }
}
