package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The daily close against continuous repayments (issue 9, defect 1): 100 overdue loans on one line,
 * eight threads repaying them while the close runs day after day. Every close must finish, every
 * repayment must be accepted without waiting long, and the ledger must reconcile afterwards. Small
 * close batches (the same settings as {@link MoneyMovementSafetyIT}, so the context is shared) make
 * the close and the repayments interleave often. Runs on H2 and, in CI, on PostgreSQL.
 */
@TestPropertySource(
    properties = {"creditloop.close.batch-size=4", "creditloop.decisioning.drawdown-strategy=none"})
class CloseUnderRepaymentsIT extends BookFixture {

  private static final int LOANS = 100;
  private static final int REPAYING_THREADS = 8;
  private static final int DAYS_CLOSED_UNDER_LOAD = 4;

  @Test
  void theCloseFinishesWhileRepaymentsArriveAndTheLedgerReconciles() throws Exception {
    product("STRESS3", "ANNUITY", "MONTHS", List.of(3), "0.18");
    long line = line(customer(), "STRESS3", "200000.00");
    List<Long> loans = new ArrayList<>();
    for (int i = 0; i < LOANS; i++) {
      loans.add(draw(line, "1000.00", 3).get("id").asLong());
    }
    LocalDate firstDue =
        LocalDate.parse(loan(loans.get(0)).get("installments").get(0).get("dueDate").asString());
    closeThrough(firstDue.plusDays(4)); // all overdue, penalty running
    assertThat(loan(loans.get(0)).get("status").asString()).isEqualTo("OVERDUE");

    AtomicBoolean repaying = new AtomicBoolean(true);
    AtomicInteger accepted = new AtomicInteger();
    AtomicLong slowestMillis = new AtomicLong();
    Queue<String> refused = new ConcurrentLinkedQueue<>();
    Map<Long, AtomicLong> repaidFen = new HashMap<>();
    loans.forEach(id -> repaidFen.put(id, new AtomicLong()));
    ExecutorService pool = Executors.newFixedThreadPool(REPAYING_THREADS);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < REPAYING_THREADS; t++) {
      workers.add(
          pool.submit(
              () -> {
                while (repaying.get()) {
                  long id = loans.get(ThreadLocalRandom.current().nextInt(LOANS));
                  long started = System.nanoTime();
                  Response r =
                      post("/api/v1/loans/" + id + "/repayments", Map.of("amount", "1.00"));
                  slowestMillis.accumulateAndGet(
                      (System.nanoTime() - started) / 1_000_000, Math::max);
                  if (r.status() == 201) {
                    accepted.incrementAndGet();
                    repaidFen.get(id).addAndGet(100);
                  } else {
                    refused.add(r.status() + " " + r.raw());
                  }
                }
              }));
    }
    try {
      while (accepted.get() < 20) {
        Thread.sleep(5);
      }
      LocalDate from = today();
      for (int d = 0; d < DAYS_CLOSED_UNDER_LOAD; d++) {
        int before = accepted.get();
        Response r = post("/api/v1/business-date/close", Map.of("until", today().toString()));
        assertThat(r.status()).as("close %d: %s", d, r.raw()).isEqualTo(200);
        assertThat(accepted.get())
            .as("repayments kept arriving during the close")
            .isGreaterThan(before);
      }
      assertThat(today()).isEqualTo(from.plusDays(DAYS_CLOSED_UNDER_LOAD));
    } finally {
      repaying.set(false);
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    for (Future<?> w : workers) {
      w.get();
    }
    assertThat(refused).as("every repayment is accepted").isEmpty();
    assertThat(slowestMillis.get()).as("no repayment waits long for the close").isLessThan(10_000);

    assertTrialBalanceBalanced();
    LocalDate lastClosed = today().minusDays(1);
    for (long id : loans) {
      JsonNode loan = loan(id);
      assertThat(loan.get("closedThrough").asString()).isEqualTo(lastClosed.toString());
      Map<String, BigDecimal> balances = new HashMap<>();
      Map<String, Integer> closeEntries = new HashMap<>();
      BigDecimal repaid = BigDecimal.ZERO;
      for (JsonNode e : getAll("/api/v1/loans/" + id + "/journal")) {
        String kind = e.get("kind").asString();
        if (kind.equals("INTEREST_RECOGNITION") || kind.equals("PENALTY_ACCRUAL")) {
          closeEntries.merge(kind + " " + e.get("postedOn").asString(), 1, Integer::sum);
        }
        for (JsonNode l : e.get("lines")) {
          BigDecimal debit = amount(l.get("debit"));
          BigDecimal credit = amount(l.get("credit"));
          balances.merge(l.get("account").asString(), debit.subtract(credit), BigDecimal::add);
          if (kind.equals("REPAYMENT")) {
            repaid = repaid.add(debit);
          }
        }
      }
      assertThat(closeEntries.values())
          .as("loan %d: nothing posted twice", id)
          .allMatch(n -> n == 1);
      assertThat(repaid.movePointRight(2).longValueExact())
          .as("loan %d: every repayment journalled once", id)
          .isEqualTo(repaidFen.get(id).get());

      BigDecimal interestUnpaid = BigDecimal.ZERO;
      BigDecimal penaltyUnpaid = BigDecimal.ZERO;
      BigDecimal paid = BigDecimal.ZERO;
      for (JsonNode i : loan.get("installments")) {
        paid =
            paid.add(amount(i.get("principalPaid")))
                .add(amount(i.get("interestPaid")))
                .add(amount(i.get("feePaid")))
                .add(amount(i.get("penaltyPaid")));
        penaltyUnpaid =
            penaltyUnpaid.add(amount(i.get("penaltyDue"))).subtract(amount(i.get("penaltyPaid")));
        if (!LocalDate.parse(i.get("dueDate").asString()).isAfter(lastClosed)) {
          interestUnpaid =
              interestUnpaid
                  .add(amount(i.get("interestDue")))
                  .subtract(amount(i.get("interestPaid")));
        }
      }
      assertThat(paid)
          .as("loan %d: the instalments hold every repayment", id)
          .isEqualByComparingTo(repaid);
      assertThat(balance(balances, "LOANS_RECEIVABLE"))
          .as("loan %d principal", id)
          .isEqualByComparingTo(loan.get("outstandingPrincipal").asString());
      assertThat(balance(balances, "INTEREST_RECEIVABLE"))
          .as("loan %d interest", id)
          .isEqualByComparingTo(interestUnpaid);
      assertThat(balance(balances, "PENALTY_RECEIVABLE"))
          .as("loan %d penalty", id)
          .isEqualByComparingTo(penaltyUnpaid.subtract(amount(loan.get("penaltyUnposted"))));
    }
  }

  private static BigDecimal amount(JsonNode node) {
    return node == null || node.isNull() || node.asString().isEmpty()
        ? BigDecimal.ZERO
        : new BigDecimal(node.asString());
  }

  private static BigDecimal balance(Map<String, BigDecimal> balances, String account) {
    return balances.getOrDefault(account, BigDecimal.ZERO);
  }
}
