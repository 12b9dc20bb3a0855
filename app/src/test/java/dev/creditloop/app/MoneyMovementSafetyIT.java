package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.app.servicing.DailyClose;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Idempotent replays, concurrent drawdowns on one line, and a daily close killed halfway. */
@TestPropertySource(
    properties = {"creditloop.close.batch-size=4", "creditloop.decisioning.drawdown-strategy=none"})
class MoneyMovementSafetyIT extends BookFixture {

  @Autowired DailyClose dailyClose;

  @Test
  void aRepeatedDrawdownReturnsTheFirstLoanAndDisbursesOnce() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    long line = line(customer(), "CASH12", "10000.00");
    Map<String, String> key = Map.of("Idempotency-Key", "dd-" + line);
    Response first =
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            Map.of("amount", "3000.00", "termMonths", 12),
            key);
    Response again =
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            Map.of("amount", "3000.00", "termMonths", 12),
            key);
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
    assertThat(lineView(line).get("available").asString()).isEqualTo("7000.00");

    Response reused =
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            Map.of("amount", "10.00", "termMonths", 12),
            key);
    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.body().get("type").asString()).endsWith("/idempotency-key-reused");
    assertThat(lineView(line).get("available").asString()).isEqualTo("7000.00");
  }

  @Test
  void aRepeatedRepaymentPostsOnce() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    long line = line(customer(), "CASH12", "10000.00");
    long loan = draw(line, "2000.00", 12).get("id").asLong();
    Map<String, String> key = Map.of("Idempotency-Key", "rp-" + loan);
    Response first = post("/api/v1/loans/" + loan + "/repayments", Map.of("amount", "500.00"), key);
    Response again = post("/api/v1/loans/" + loan + "/repayments", Map.of("amount", "500.00"), key);
    assertThat(first.status()).as(first.raw()).isEqualTo(201);
    assertThat(again.raw()).isEqualTo(first.raw());
    int repayments = 0;
    for (JsonNode e : getAll("/api/v1/loans/" + loan + "/journal")) {
      if (e.get("kind").asString().equals("REPAYMENT")) {
        repayments++;
      }
    }
    assertThat(repayments).isEqualTo(1);
  }

  @Test
  void fiftyConcurrentDrawdownsNeverExceedTheAvailableAmount() throws Exception {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    long line = line(customer(), "CASH12", "10000.00");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int n = i;
      calls.add(
          () ->
              post(
                      "/api/v1/credit-lines/" + line + "/drawdowns",
                      Map.of("amount", "300.00", "termMonths", 6),
                      Map.of("Idempotency-Key", "c-" + line + "-" + n))
                  .status());
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : pool.invokeAll(calls)) {
      statuses.add(f.get());
    }
    pool.shutdown();
    assertThat(statuses).containsOnly(201, 422);
    long approved = statuses.stream().filter(s -> s == 201).count();
    assertThat(approved).isEqualTo(33);
    JsonNode view = lineView(line);
    assertThat(view.get("outstandingPrincipal").asString()).isEqualTo("9900.00");
    assertThat(view.get("available").asString()).isEqualTo("100.00");
    assertThat(getAll("/api/v1/loans?customerId=" + view.get("customerId").asLong())).hasSize(33);
  }

  @Test
  void aCloseKilledHalfwayFinishesOnRerunWithoutPostingTwice() {
    product("BULLET30", "BULLET", "DAYS", List.of(7, 14, 30), "0.18");
    // Two identical books: the crash falls inside the first, the second closes in one go.
    List<Long> first = new ArrayList<>();
    List<Long> second = new ArrayList<>();
    for (List<Long> book : List.of(first, second)) {
      for (int i = 0; i < 6; i++) {
        long line = line(customer(), "BULLET30", "5000.00");
        Response r =
            post(
                "/api/v1/credit-lines/" + line + "/drawdowns",
                Map.of("amount", (1000 + i * 100) + ".00", "termDays", 7));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        book.add(r.body().get("id").asLong());
      }
    }
    LocalDate due = today().plusDays(7);
    closeThrough(due.plusDays(4));
    LocalDate crashDay = today();

    dailyClose.failAfterBatches(0);
    assertThatThrownBy(() -> dailyClose.closeThrough(crashDay))
        .isInstanceOf(DailyClose.SimulatedCrash.class);
    assertThat(today()).as("the business date waits for a complete close").isEqualTo(crashDay);
    int closedBeforeCrash = 0;
    for (long id : concat(first, second)) {
      if (LocalDate.parse(loan(id).get("closedThrough").asString()).equals(crashDay)) {
        closedBeforeCrash++;
      }
    }
    assertThat(closedBeforeCrash)
        .as("the crash left loans unclosed")
        .isLessThan(first.size() + second.size());

    closeThrough(crashDay);
    assertThat(today()).isEqualTo(crashDay.plusDays(1));
    for (int i = 0; i < first.size(); i++) {
      JsonNode a = loan(first.get(i));
      JsonNode b = loan(second.get(i));
      assertThat(a.get("closedThrough").asString()).isEqualTo(crashDay.toString());
      assertThat(a.get("penaltyAccrued").asString()).isEqualTo(b.get("penaltyAccrued").asString());
      assertThat(a.get("dpd").asInt()).isEqualTo(b.get("dpd").asInt());
      assertThat(penaltyEntries(first.get(i))).isEqualTo(penaltyEntries(second.get(i)));
      assertThat(a.get("penaltyUnposted").asString())
          .isEqualTo(b.get("penaltyUnposted").asString());
      // nothing posted twice, nothing lost: what the journal holds plus what waits for month end
      assertThat(
              penaltyPosted(first.get(i)).add(new BigDecimal(a.get("penaltyUnposted").asString())))
          .isEqualByComparingTo(a.get("penaltyAccrued").asString());
    }
    assertThat(new BigDecimal(loan(first.get(0)).get("penaltyAccrued").asString())).isPositive();
    assertTrialBalanceBalanced();
  }

  private static List<Long> concat(List<Long> a, List<Long> b) {
    List<Long> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void penaltyIsChargedDailyPostedAtMonthEndAndWhatWaitsIsPaidStraightToIncome() {
    product("PENALTY7", "BULLET", "DAYS", List.of(7), "0.18");
    long line = line(customer(), "PENALTY7", "5000.00");
    Response drawn =
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            Map.of("amount", "1000.00", "termDays", 7));
    assertThat(drawn.status()).as(drawn.raw()).isEqualTo(201);
    long loan = drawn.body().get("id").asLong();
    // grace 3 days, then 1000.00 x 0.36 / 360 = 1.00 a day; close three days past the first month
    // end
    LocalDate firstPenaltyDay = today().plusDays(7 + 4);
    LocalDate monthEnd = firstPenaltyDay.withDayOfMonth(firstPenaltyDay.lengthOfMonth());
    closeThrough(monthEnd.plusDays(3));

    JsonNode view = loan(loan);
    assertThat(view.get("penaltyUnposted").asString()).isEqualTo("3.00");
    List<JsonNode> accruals = new ArrayList<>();
    for (JsonNode e : getAll("/api/v1/loans/" + loan + "/journal")) {
      if (e.get("kind").asString().equals("PENALTY_ACCRUAL")) {
        accruals.add(e);
      }
    }
    assertThat(accruals)
        .as("one posting per month end")
        .isNotEmpty()
        .allSatisfy(
            e -> {
              LocalDate on = LocalDate.parse(e.get("postedOn").asString());
              assertThat(on.getDayOfMonth()).isEqualTo(on.lengthOfMonth());
            });
    BigDecimal posted = penaltyPosted(loan);
    assertThat(posted.add(new BigDecimal("3.00")))
        .isEqualByComparingTo(view.get("penaltyAccrued").asString());

    String payoff = view.get("payoff").get("total").asString();
    Response paid = post("/api/v1/loans/" + loan + "/repayments", Map.of("amount", payoff));
    assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
    JsonNode repayment = null;
    for (JsonNode e : getAll("/api/v1/loans/" + loan + "/journal")) {
      if (e.get("kind").asString().equals("REPAYMENT")) {
        repayment = e;
      }
    }
    Map<String, BigDecimal> credits = new java.util.HashMap<>();
    for (JsonNode l : repayment.get("lines")) {
      credits.put(l.get("account").asString(), new BigDecimal(l.get("credit").asString()));
    }
    assertThat(credits.get("PENALTY_RECEIVABLE")).isEqualByComparingTo(posted);
    assertThat(credits.get("PENALTY_INCOME")).isEqualByComparingTo("3.00");
    assertThat(loan(loan).get("penaltyUnposted").asString()).isEqualTo("0.00");
    assertTrialBalanceBalanced();
  }

  private BigDecimal penaltyPosted(long loan) {
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode e : getAll("/api/v1/loans/" + loan + "/journal")) {
      if (e.get("kind").asString().equals("PENALTY_ACCRUAL")) {
        for (JsonNode l : e.get("lines")) {
          if (l.get("account").asString().equals("PENALTY_RECEIVABLE")) {
            total = total.add(new BigDecimal(l.get("debit").asString()));
          }
        }
      }
    }
    return total;
  }

  private int penaltyEntries(long loan) {
    int n = 0;
    for (JsonNode e : getAll("/api/v1/loans/" + loan + "/journal")) {
      if (e.get("kind").asString().equals("PENALTY_ACCRUAL")) {
        n++;
      }
    }
    return n;
  }
}
