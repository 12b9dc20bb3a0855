package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.servicing.DailyClose;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What one close may do and how it is stopped (issue 9, defect 2): a date too far ahead or too many
 * days in one call are refused before anything is closed; a long close stops cleanly between days
 * when asked, and between batches when the server shuts down. The same settings as {@link
 * MoneyMovementSafetyIT} (small batches), so the context is shared.
 */
@TestPropertySource(
    properties = {"creditloop.close.batch-size=4", "creditloop.decisioning.drawdown-strategy=none"})
class CloseControlIT extends BookFixture {

  /** {@link ApiIT}'s setting: tests close days far past the wall clock, but not this far. */
  private static final int MAX_DAYS_PER_CALL = 366;

  @Autowired DailyClose dailyClose;

  @Test
  void aCloseToTheEndOfTimeIsRefusedNamingUntil() {
    LocalDate before = today();
    Response r = post("/api/v1/business-date/close", Map.of("until", "9999-12-31"));
    assertThat(r.status()).as(r.raw()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body().get("code").asString()).isEqualTo("close-too-far-ahead");
    assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("until");
    assertThat(today()).isEqualTo(before);
  }

  @Test
  void moreDaysThanOneCallMayCloseAreRefused() {
    LocalDate before = today();
    Response r =
        post(
            "/api/v1/business-date/close",
            Map.of("until", before.plusDays(MAX_DAYS_PER_CALL).toString()));
    assertThat(r.status()).as(r.raw()).isEqualTo(400);
    assertThat(r.body().get("code").asString()).isEqualTo("too-many-days-to-close");
    assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("until");
    assertThat(today()).isEqualTo(before);
  }

  @Test
  void aLongCloseStoppedFromAnotherThreadEndsBetweenDays() throws Exception {
    List<Long> loans = overdueLoans("CTRL1");
    LocalDate from = today();
    assertThat(get("/api/v1/business-date/close").body().get("running").asBoolean()).isFalse();
    assertThat(
            post("/api/v1/business-date/close/stop", Map.of())
                .body()
                .get("stopRequested")
                .asBoolean())
        .as("nothing to stop")
        .isFalse();

    CompletableFuture<Response> close =
        CompletableFuture.supplyAsync(
            () ->
                post(
                    "/api/v1/business-date/close",
                    Map.of("until", from.plusDays(MAX_DAYS_PER_CALL - 1).toString())));
    JsonNode progress = awaitDaysDone(2);
    assertThat(progress.get("running").asBoolean()).isTrue();
    assertThat(progress.get("from").asString()).isEqualTo(from.toString());
    assertThat(progress.get("daysTotal").asInt()).isEqualTo(MAX_DAYS_PER_CALL);
    Response stop = post("/api/v1/business-date/close/stop", Map.of());
    assertThat(stop.status()).as(stop.raw()).isEqualTo(200);
    assertThat(stop.body().get("stopRequested").asBoolean()).isTrue();

    Response closed = close.get(60, TimeUnit.SECONDS);
    assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
    assertThat(closed.body().get("stopped").asBoolean()).isTrue();
    int days = closed.body().get("closed").size();
    assertThat(days).isBetween(2, 10);
    LocalDate lastClosed = from.plusDays(days - 1);
    assertThat(today()).isEqualTo(lastClosed.plusDays(1));
    assertThat(closed.body().get("businessDate").asString())
        .isEqualTo(lastClosed.plusDays(1).toString());
    for (long id : loans) {
      assertThat(loan(id).get("closedThrough").asString())
          .as("every loan closed through the last day, none beyond")
          .isEqualTo(lastClosed.toString());
    }
    assertThat(get("/api/v1/business-date/close").body().get("running").asBoolean()).isFalse();
    assertTrialBalanceBalanced();
    // the next close carries on from there
    closeThrough(today());
    assertThat(loan(loans.get(0)).get("closedThrough").asString())
        .isEqualTo(lastClosed.plusDays(1).toString());
  }

  @Test
  void shuttingDownStopsTheCloseBetweenBatchesAndTheNextCloseFinishesTheDay() throws Exception {
    List<Long> loans = overdueLoans("CTRL2");
    LocalDate from = today();
    CompletableFuture<DailyClose.CloseRun> close =
        CompletableFuture.supplyAsync(
            () -> dailyClose.closeThrough(from.plusDays(MAX_DAYS_PER_CALL - 1)));
    awaitDaysDone(1);
    dailyClose.stop(); // what the context does on shutdown: returns once the close has stopped
    DailyClose.CloseRun run;
    try {
      run = close.get(10, TimeUnit.SECONDS);
    } finally {
      dailyClose.start();
    }
    assertThat(run.stopped()).isTrue();
    LocalDate open = today();
    assertThat(open).isEqualTo(from.plusDays(run.closed().size()));
    for (long id : loans) {
      LocalDate through = LocalDate.parse(loan(id).get("closedThrough").asString());
      assertThat(through)
          .as("a batch is whole: each loan closed through the last full day or the open one")
          .isIn(open.minusDays(1), open);
    }
    assertTrialBalanceBalanced();

    closeThrough(open);
    for (long id : loans) {
      assertThat(loan(id).get("closedThrough").asString()).isEqualTo(open.toString());
      Map<String, Integer> closeEntries = new java.util.HashMap<>();
      for (JsonNode e : getAll("/api/v1/loans/" + id + "/journal")) {
        if (!e.get("kind").asString().equals("REPAYMENT")
            && !e.get("kind").asString().equals("DISBURSEMENT")) {
          closeEntries.merge(
              e.get("kind").asString() + e.get("postedOn").asString(), 1, Integer::sum);
        }
      }
      assertThat(closeEntries.values()).as("nothing posted twice").allMatch(n -> n == 1);
    }
    assertTrialBalanceBalanced();
  }

  /**
   * Forty loans on one line, overdue and bearing penalty: a day of the close takes a few batches.
   */
  private List<Long> overdueLoans(String product) {
    product(product, "ANNUITY", "MONTHS", List.of(3), "0.18");
    long line = line(customer(), product, "100000.00");
    List<Long> loans = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      loans.add(draw(line, "1000.00", 3).get("id").asLong());
    }
    LocalDate due =
        LocalDate.parse(loan(loans.get(0)).get("installments").get(0).get("dueDate").asString());
    closeThrough(due.plusDays(4));
    return loans;
  }

  private JsonNode awaitDaysDone(int days) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      JsonNode p = get("/api/v1/business-date/close").body();
      if (p.get("running").asBoolean() && p.get("daysDone").asInt() >= days) {
        return p;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the close never reached " + days + " day(s) done");
  }
}
