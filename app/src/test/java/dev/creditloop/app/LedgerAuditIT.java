package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9, defects 4 and 5 and the penalty grace boundary, over real HTTP: non-accrual at 90 dpd
 * and the penalty caps in the close's journal and the trial balance; write-off with reason and
 * operator, lines kept closed, the loan shown as written off, recoveries booked up to what was
 * written off.
 */
class LedgerAuditIT extends BookFixture {

  private String cappedProduct() {
    Response r =
        post(
            "/api/v1/products",
            Map.of(
                "code",
                "AUDIT6",
                "name",
                "Audit product",
                "repaymentMethod",
                "EQUAL_PRINCIPAL",
                "termUnit",
                "MONTHS",
                "allowedTerms",
                List.of(6),
                "annualRate",
                "0.18",
                "penaltyAnnualRate",
                "0.36",
                "graceDays",
                3,
                "aprCap",
                "0.36",
                "penaltyCapShareOfOverduePrincipal",
                "0.01"));
    assertThat(r.status()).as(r.raw()).isIn(201, 409);
    return "AUDIT6";
  }

  @Test
  void penaltyStartsOnTheDayDpdPassesTheGraceDays() {
    // grace 3 (BookFixture's products): dpd 1-3 are free, the close where dpd becomes 4 charges the
    // first day
    product("CASH6", "EQUAL_PRINCIPAL", "MONTHS", List.of(3, 6, 12), "0.18");
    long line = line(customer(), "CASH6", "10000.00");
    JsonNode loan = draw(line, "3000.00", 6);
    long id = loan.get("id").asLong();
    LocalDate due1 = LocalDate.parse(loan.get("installments").get(0).get("dueDate").asString());
    closeThrough(due1.plusDays(2));
    assertThat(loan(id).get("dpd").asInt()).isEqualTo(3);
    assertThat(loan(id).get("penaltyAccrued").asString()).isEqualTo("0.00");
    closeThrough(due1.plusDays(3));
    assertThat(loan(id).get("dpd").asInt()).isEqualTo(4);
    // principal 500.00 × 0.36 / 360 = 0.50
    assertThat(loan(id).get("penaltyAccrued").asString()).isEqualTo("0.50");
  }

  @Test
  void aLoanPast90DaysStopsRecognisingIncomeAndItsPenaltyIsCapped() {
    String product = cappedProduct();
    assertThat(
            get("/api/v1/products/" + product)
                .body()
                .get("penaltyCapShareOfOverduePrincipal")
                .asString())
        .isEqualTo("0.01");
    long line = line(customer(), product, "10000.00");
    JsonNode drawn = draw(line, "6000.00", 6);
    long id = drawn.get("id").asLong();
    LocalDate due1 = LocalDate.parse(drawn.get("installments").get(0).get("dueDate").asString());

    closeThrough(due1.plusDays(88));
    assertThat(loan(id).get("dpd").asInt()).isEqualTo(89);
    assertThat(loan(id).get("nonAccrualOn").isNull()).isTrue();
    closeThrough(due1.plusDays(100));
    JsonNode loan = loan(id);
    // dpd 90 at the close of due1 + 89
    assertThat(loan.get("nonAccrualOn").asString()).isEqualTo(due1.plusDays(89).toString());

    // the penalty stays within 1% of the overdue principal
    BigDecimal overduePrincipal = BigDecimal.ZERO;
    for (JsonNode i : loan.get("installments")) {
      if (i.get("status").asString().equals("OVERDUE")) {
        overduePrincipal =
            overduePrincipal
                .add(new BigDecimal(i.get("principalDue").asString()))
                .subtract(new BigDecimal(i.get("principalPaid").asString()));
      }
    }
    BigDecimal penalty = new BigDecimal(loan.get("penaltyAccrued").asString());
    assertThat(penalty)
        .isPositive()
        .isLessThanOrEqualTo(
            overduePrincipal.multiply(new BigDecimal("0.01")).setScale(2, RoundingMode.FLOOR));

    // interest falling due after the non-accrual day went to suspense, never to income
    Map<String, BigDecimal> balances = loanBalances(id);
    assertThat(balances.get("INTEREST_SUSPENSE")).isNegative();
    List<String> kinds =
        getAll("/api/v1/loans/" + id + "/journal").stream()
            .map(e -> e.get("kind").asString())
            .toList();
    assertThat(kinds).contains("INTEREST_SUSPENDED");
    for (JsonNode e : getAll("/api/v1/loans/" + id + "/journal")) {
      if (!LocalDate.parse(e.get("postedOn").asString()).isAfter(due1.plusDays(89))) {
        continue;
      }
      for (JsonNode l : e.get("lines")) {
        assertThat(l.get("account").asString()).as(e.toString()).doesNotEndWith("_INCOME");
      }
    }
    JsonNode tb = get("/api/v1/journal/trial-balance").body();
    assertThat(tb.get("accounts").valueStream().map(a -> a.get("account").asString()).toList())
        .contains("INTEREST_SUSPENSE", "FEE_SUSPENSE", "PENALTY_SUSPENSE", "RECOVERY_INCOME");
    assertTrialBalanceBalanced();
  }

  @Test
  void aWriteOffRecordsWhyAndWhoKeepsTheCustomerClosedAndBooksRecoveries() {
    product("CASH6", "EQUAL_PRINCIPAL", "MONTHS", List.of(3, 6, 12), "0.18");
    long customer = customer();
    long line = line(customer, "CASH6", "10000.00");
    long other = line(customer, "CASH6", "5000.00");
    JsonNode drawn = draw(line, "3000.00", 6);
    long id = drawn.get("id").asLong();
    LocalDate due1 = LocalDate.parse(drawn.get("installments").get(0).get("dueDate").asString());
    closeThrough(due1.plusDays(5));

    Response noReason = post("/api/v1/loans/" + id + "/write-off", Map.of());
    assertThat(noReason.status()).as(noReason.raw()).isEqualTo(400);
    assertThat(noReason.body().get("field").asString()).isEqualTo("reason");
    assertThat(loan(id).get("status").asString()).isEqualTo("OVERDUE");

    Response w = post("/api/v1/loans/" + id + "/write-off", Map.of("reason", "debtor deceased"));
    assertThat(w.status()).as(w.raw()).isEqualTo(200);
    JsonNode loan = loan(id);
    assertThat(loan.get("status").asString()).isEqualTo("WRITTEN_OFF");
    assertThat(loan.get("outstandingPrincipal").asString()).isEqualTo("0.00");
    JsonNode writtenOff = loan.get("writtenOff");
    assertThat(writtenOff.get("principal").asString()).isEqualTo("3000.00");
    assertThat(writtenOff.get("reason").asString()).isEqualTo("debtor deceased");
    assertThat(writtenOff.get("by").asString()).as("the signed-in user").isEqualTo(ALL_ROLES_USER);
    assertThat(writtenOff.get("on").asString()).isEqualTo(today().toString());
    BigDecimal total = new BigDecimal(writtenOff.get("total").asString());

    // the frozen line stays frozen; no line of the customer can be drawn on
    Response unfreeze =
        post("/api/v1/credit-lines/" + line + "/unfreeze", Map.of("reason", "customer asked"));
    assertThat(unfreeze.status()).as(unfreeze.raw()).isEqualTo(422);
    assertThat(unfreeze.body().get("code").asString()).isEqualTo("customer-written-off");
    assertThat(lineView(line).get("status").asString()).isEqualTo("FROZEN");
    // the customer's other line is frozen with the write-off, in the same unit of work
    assertThat(lineView(other).get("status").asString()).isEqualTo("FROZEN");
    Response draw =
        post(
            "/api/v1/credit-lines/" + other + "/drawdowns",
            Map.of("amount", "100.00", "termMonths", 3));
    assertThat(draw.status()).as(draw.raw()).isEqualTo(422);
    assertThat(draw.body().get("code").asString()).isEqualTo("customer-written-off");

    // money received later is a recovery, with its own entry, up to the total written off
    Response recovery = post("/api/v1/loans/" + id + "/repayments", Map.of("amount", "1000.00"));
    assertThat(recovery.status()).as(recovery.raw()).isEqualTo(201);
    assertThat(recovery.body().get("recovery").asBoolean()).isTrue();
    assertThat(recovery.body().get("leftToRecover").asString())
        .isEqualTo(total.subtract(new BigDecimal("1000.00")).toPlainString());
    List<JsonNode> journal = getAll("/api/v1/loans/" + id + "/journal");
    JsonNode last = journal.get(journal.size() - 1);
    assertThat(last.get("kind").asString()).isEqualTo("RECOVERY");
    assertThat(loanBalances(id).get("RECOVERY_INCOME")).isEqualByComparingTo("-1000.00");

    Response over =
        post("/api/v1/loans/" + id + "/repayments", Map.of("amount", total.toPlainString()));
    assertThat(over.status()).as(over.raw()).isEqualTo(400);
    assertThat(over.body().get("field").asString()).isEqualTo("amount");
    assertThat(over.body().get("code").asString()).isEqualTo("recovery-exceeded");
    assertThat(loan(id).get("writtenOff").get("recovered").asString()).isEqualTo("1000.00");

    // what the write-off cleared stays cleared: the loan's receivables and suspense are zero
    Map<String, BigDecimal> balances = loanBalances(id);
    for (String account :
        List.of(
            "LOANS_RECEIVABLE",
            "INTEREST_RECEIVABLE",
            "FEE_RECEIVABLE",
            "PENALTY_RECEIVABLE",
            "INTEREST_SUSPENSE",
            "PENALTY_SUSPENSE")) {
      assertThat(balances.getOrDefault(account, BigDecimal.ZERO))
          .as(account)
          .isEqualByComparingTo("0");
    }
    assertTrialBalanceBalanced();
  }

  /** Debits minus credits per account over the loan's journal. */
  private Map<String, BigDecimal> loanBalances(long loanId) {
    Map<String, BigDecimal> balances = new HashMap<>();
    for (JsonNode e : getAll("/api/v1/loans/" + loanId + "/journal")) {
      for (JsonNode l : e.get("lines")) {
        BigDecimal amount =
            new BigDecimal(l.get("debit").asString())
                .subtract(new BigDecimal(l.get("credit").asString()));
        balances.merge(l.get("account").asString(), amount, BigDecimal::add);
      }
    }
    return balances;
  }
}
