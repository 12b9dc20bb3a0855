package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * A loan's whole life over real HTTP: draw, repay on time, go overdue through M1 to M3, cure,
 * settle early.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoanLifecycleIT extends BookFixture {

  @Test
  @Order(1)
  void schedulePreviewFollowsTheAnnuityConvention() {
    Response r =
        post(
            "/api/v1/schedule-preview",
            Map.of(
                "method",
                "ANNUITY",
                "principal",
                "10000.00",
                "annualRate",
                "0.24",
                "termMonths",
                12,
                "startDate",
                "2024-01-31"));
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    JsonNode first = r.body().get("installments").get(0);
    assertThat(first.get("total").asString()).isEqualTo("945.60");
    assertThat(first.get("interest").asString()).isEqualTo("200.00");
    assertThat(first.get("dueDate").asString()).isEqualTo("2024-02-29");
    assertThat(r.body().get("installments").get(2).get("dueDate").asString())
        .isEqualTo("2024-04-30");
    assertThat(new BigDecimal(r.body().get("apr").asString()))
        .isBetween(new BigDecimal("0.2395"), new BigDecimal("0.2405"));
  }

  @Test
  @Order(2)
  void fullLifecycle() {
    product("CASH6", "EQUAL_PRINCIPAL", "MONTHS", List.of(3, 6, 12), "0.18");
    long customer = customer();
    long line = line(customer, "CASH6", "10000.00");
    LocalDate start = today();

    JsonNode loan = draw(line, "6000.00", 6);
    long loanId = loan.get("id").asLong();
    assertThat(loan.get("installments")).hasSize(6);
    assertThat(loan.get("status").asString()).isEqualTo("NORMAL");
    assertThat(lineView(line).get("available").asString()).isEqualTo("4000.00");

    // Over the available amount: refused, nothing written.
    Response over =
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            Map.of("amount", "4000.01", "termMonths", 6));
    assertThat(over.status()).isEqualTo(422);
    assertThat(over.body().get("type").asString()).endsWith("/amount-exceeds-available");
    assertThat(over.body().get("field").asString()).isEqualTo("amount");
    assertThat(lineView(line).get("available").asString()).isEqualTo("4000.00");

    // Instalment 1 paid on its due date: stays current.
    LocalDate due1 = LocalDate.parse(loan.get("installments").get(0).get("dueDate").asString());
    closeThrough(due1.minusDays(1));
    assertThat(today()).isEqualTo(due1);
    String due1Total = loan.get("installments").get(0).get("unpaid").asString();
    JsonNode paid = repay(loanId, due1Total);
    assertThat(paid.get("settled").asBoolean()).isFalse();
    assertThat(paid.get("principalRepaid").asString()).isEqualTo("1000.00");
    assertThat(lineView(line).get("available").asString()).isEqualTo("5000.00");
    closeThrough(due1);
    assertThat(loan(loanId).get("status").asString()).isEqualTo("NORMAL");

    // Instalment 2 unpaid: overdue from the day after its due date, through M1, M2 to M3.
    LocalDate due2 = LocalDate.parse(loan.get("installments").get(1).get("dueDate").asString());
    closeThrough(due2);
    JsonNode overdue = loan(loanId);
    assertThat(overdue.get("status").asString()).isEqualTo("OVERDUE");
    assertThat(overdue.get("dpd").asInt()).isEqualTo(1);
    assertThat(overdue.get("bucket").asString()).isEqualTo("M1");
    closeThrough(due2.plusDays(61));
    JsonNode m3 = loan(loanId);
    assertThat(m3.get("bucket").asString()).isEqualTo("M3");
    assertThat(new BigDecimal(m3.get("penaltyAccrued").asString())).isPositive();
    List<String> path = new ArrayList<>();
    get("/api/v1/loans/" + loanId)
        .body()
        .get("delinquencyHistory")
        .forEach(t -> path.add(t.get("to").asString()));
    assertThat(path).containsSubsequence("M1", "M2", "M3");

    // Cure: pay everything overdue; the loan is current again. The day is closed first, so that
    // an instalment falling due on it (which day that is depends on the calendar and on how far
    // the other tests moved the shared business date) is overdue and paid too.
    closeThrough(today());
    JsonNode detail = loan(loanId);
    BigDecimal overdueTotal = BigDecimal.ZERO;
    for (JsonNode i : detail.get("installments")) {
      if (i.get("status").asString().equals("OVERDUE")) {
        overdueTotal = overdueTotal.add(new BigDecimal(i.get("unpaid").asString()));
      }
    }
    repay(loanId, overdueTotal.toPlainString());
    closeThrough(today());
    JsonNode cured = loan(loanId);
    assertThat(cured.get("status").asString()).as(cured.toString()).isEqualTo("NORMAL");
    assertThat(cured.get("bucket").asString()).isEqualTo("M0");
    assertThat(cured.get("dpd").asInt()).isZero();

    // Above the payoff: refused with the payoff named.
    String payoff = cured.get("payoff").get("total").asString();
    Response tooMuch =
        post(
            "/api/v1/loans/" + loanId + "/repayments",
            Map.of("amount", new BigDecimal(payoff).add(new BigDecimal("0.01"))));
    assertThat(tooMuch.status()).isEqualTo(422);
    assertThat(tooMuch.body().get("type").asString()).endsWith("/payoff-exceeded");

    // Early settlement with the exact payoff.
    JsonNode settled = repay(loanId, payoff);
    assertThat(settled.get("settled").asBoolean()).isTrue();
    assertThat(loan(loanId).get("status").asString()).isEqualTo("SETTLED");
    assertThat(lineView(line).get("available").asString()).isEqualTo("10000.00");
    assertThat(lineView(line).get("outstandingPrincipal").asString()).isEqualTo("0.00");

    // Every entry of the loan balances, and so does the whole journal.
    for (JsonNode entry : getAll("/api/v1/loans/" + loanId + "/journal")) {
      BigDecimal debit = BigDecimal.ZERO;
      BigDecimal credit = BigDecimal.ZERO;
      for (JsonNode l : entry.get("lines")) {
        debit = debit.add(new BigDecimal(l.get("debit").asString()));
        credit = credit.add(new BigDecimal(l.get("credit").asString()));
      }
      assertThat(debit).as(entry.toString()).isEqualByComparingTo(credit);
    }
    assertTrialBalanceBalanced();
    assertThat(start).isBefore(today());
  }

  @Test
  @Order(3)
  void badInputIsRefusedWithTheFieldAndWritesNothing() {
    product("CASH6", "EQUAL_PRINCIPAL", "MONTHS", List.of(3, 6, 12), "0.18");
    long line = line(customer(), "CASH6", "5000.00");
    String path = "/api/v1/credit-lines/" + line + "/drawdowns";
    assertProblem(post(path, Map.of("amount", "0", "termMonths", 6)), 400, "amount");
    assertProblem(post(path, Map.of("amount", "-5.00", "termMonths", 6)), 400, "amount");
    assertProblem(post(path, Map.of("amount", "10.001", "termMonths", 6)), 400, "amount");
    assertProblem(post(path, Map.of("amount", "abc", "termMonths", 6)), 400, "amount");
    assertProblem(post(path, Map.of("termMonths", 6)), 400, "amount");
    assertProblem(post(path, Map.of("amount", "100.00", "termMonths", 7)), 400, "term");
    assertProblem(post(path, Map.of("amount", "100.00", "termDays", 14)), 400, "termDays");
    assertProblem(post(path, "{\"amount\": \"100.00\", "), 400, "body");
    assertProblem(
        post("/api/v1/credit-lines/999999/drawdowns", Map.of("amount", "100.00", "termMonths", 6)),
        404,
        null);
    assertProblem(
        post(
            "/api/v1/credit-lines",
            Map.of(
                "customerId",
                1,
                "productCode",
                "NOPE",
                "limit",
                "100.00",
                "expiresOn",
                today().plusYears(1).toString())),
        422,
        "productCode");
    assertThat(lineView(line).get("available").asString()).isEqualTo("5000.00");
    assertThat(
            get("/api/v1/loans?customerId=" + lineView(line).get("customerId").asLong())
                .body()
                .get("items"))
        .isEmpty();

    // Frozen line: refused; unfrozen: allowed.
    assertThat(
            post("/api/v1/credit-lines/" + line + "/freeze", Map.of("reason", "suspected fraud"))
                .status())
        .isEqualTo(200);
    assertProblem(post(path, Map.of("amount", "100.00", "termMonths", 6)), 422, "creditLine");
    assertThat(
            post("/api/v1/credit-lines/" + line + "/unfreeze", Map.of("reason", "cleared"))
                .status())
        .isEqualTo(200);
    assertThat(post(path, Map.of("amount", "100.00", "termMonths", 6)).status()).isEqualTo(201);
    assertThat(lineView(line).get("history")).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  @Order(4)
  void temporaryLimitRaisesTheAvailableAmountUntilItExpires() {
    product("CASH6", "EQUAL_PRINCIPAL", "MONTHS", List.of(3, 6, 12), "0.18");
    long line = line(customer(), "CASH6", "5000.00");
    LocalDate until = today().plusDays(3);
    // The change is recorded as the signed-in user's; a body naming someone else is refused.
    ensureUser("ops-li", dev.creditloop.app.security.Role.RISK);
    signInAs("ops-li");
    Response other =
        post(
            "/api/v1/credit-lines/" + line + "/limit-changes",
            Map.of(
                "temporaryLimit",
                "8000.00",
                "until",
                until.toString(),
                "reason",
                "Double 11 campaign",
                "actor",
                "someone-else"));
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.body().get("field").asString()).isEqualTo("actor");
    Response r =
        post(
            "/api/v1/credit-lines/" + line + "/limit-changes",
            Map.of(
                "temporaryLimit",
                "8000.00",
                "until",
                until.toString(),
                "reason",
                "Double 11 campaign"));
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    signInAs(ALL_ROLES_USER);
    assertThat(r.body().get("available").asString()).isEqualTo("8000.00");
    closeThrough(until);
    assertThat(lineView(line).get("available").asString()).isEqualTo("5000.00");
    JsonNode history = lineView(line).get("history");
    assertThat(history.toString()).contains("Double 11 campaign").contains("ops-li");
  }

  private JsonNode repay(long loanId, String amount) {
    Response r = post("/api/v1/loans/" + loanId + "/repayments", Map.of("amount", amount));
    assertThat(r.status()).as(r.raw()).isEqualTo(201);
    return r.body();
  }

  private static void assertProblem(Response r, int status, String field) {
    assertThat(r.status()).as(r.raw()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body().get("type").asString()).startsWith("https://creditloop.dev/problems/");
    if (field != null) {
      assertThat(r.body().get("field").asString()).as(r.raw()).isEqualTo(field);
    }
  }
}
