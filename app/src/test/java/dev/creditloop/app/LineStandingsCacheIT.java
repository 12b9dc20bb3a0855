package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.servicing.persistence.CachedLineStandings;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A pre-check reads its line and the customer's standing from the server's copy, and every write
 * that changes them is seen by the very next pre-check: a drawdown on the line, the close moving
 * days past due on another line of the customer, a write-off there, a repayment.
 */
class LineStandingsCacheIT extends BookFixture {

  @Autowired CachedLineStandings copy;

  private Response precheck(long line, String amount) {
    return post(
        "/api/v1/credit-lines/" + line + "/drawdown-decisions",
        Map.of("amount", amount, "termMonths", 6));
  }

  private String available(long line) {
    Response r = precheck(line, "100.00");
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.body().get("available").asString();
  }

  private double currentDpdSeenBy(long line) {
    Response r = precheck(line, "100.00");
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    JsonNode decision = get("/api/v1/decisions/" + r.body().get("decisionId").asLong()).body();
    return decision.get("trace").get("featuresRead").get("current_dpd").asDouble();
  }

  @Test
  void everyWriteThatChangesALineOrItsCustomersStandingIsSeenByTheNextPrecheck() {
    product("CACHE6", "EQUAL_PRINCIPAL", "MONTHS", List.of(3, 6, 12), "0.18");
    long customer = customer();
    long drawn = line(customer, "CACHE6", "10000.00");
    long other = line(customer, "CACHE6", "5000.00");

    assertThat(available(drawn)).isEqualTo("10000.00");
    assertThat(available(other)).isEqualTo("5000.00");
    int held = copy.size();
    assertThat(held).as("the lines pre-checked are held").isGreaterThanOrEqualTo(2);
    assertThat(available(drawn)).as("from the copy").isEqualTo("10000.00");

    // a drawdown on the line
    JsonNode loan = draw(drawn, "3000.00", 6);
    long loanId = loan.get("id").asLong();
    assertThat(available(drawn)).isEqualTo("7000.00");
    assertThat(currentDpdSeenBy(other)).isEqualTo(0.0);

    // the close makes the loan overdue: the customer's other line sees the days past due
    LocalDate due1 = LocalDate.parse(loan.get("installments").get(0).get("dueDate").asString());
    closeThrough(due1.plusDays(5));
    assertThat(currentDpdSeenBy(other)).isGreaterThan(0.0);

    // a repayment gives back principal at once; of what was due, the next close cures the loan
    Response repaid = post("/api/v1/loans/" + loanId + "/repayments", Map.of("amount", "1000.00"));
    assertThat(repaid.status()).as(repaid.raw()).isIn(200, 201);
    assertThat(available(drawn)).isEqualTo("7916.00");
    closeThrough(due1.plusDays(6));
    assertThat(loan(loanId).get("dpd").asInt()).isZero();
    assertThat(currentDpdSeenBy(other)).isEqualTo(0.0);

    // a write-off on one line closes all the customer's lines to drawing, pre-checks included
    LocalDate due2 = LocalDate.parse(loan.get("installments").get(1).get("dueDate").asString());
    closeThrough(due2.plusDays(5));
    Response w =
        post("/api/v1/loans/" + loanId + "/write-off", Map.of("reason", "line cache test"));
    assertThat(w.status()).as(w.raw()).isEqualTo(200);
    Response refused = precheck(other, "100.00");
    assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
    assertThat(refused.body().get("type").asString()).endsWith("/customer-written-off");
  }
}
