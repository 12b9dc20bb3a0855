package dev.creditloop.servicing.close;

import static dev.creditloop.servicing.fixtures.CreditLineBuilder.aCreditLine;
import static dev.creditloop.servicing.fixtures.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLineStatus;
import dev.creditloop.servicing.delinquency.Bucket;
import dev.creditloop.servicing.fixtures.InMemoryBook;
import dev.creditloop.servicing.journal.EntryKind;
import dev.creditloop.servicing.journal.TrialBalance;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.product.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CloseBusinessDayTest {

  private static final LocalDate DRAWN = LocalDate.of(2024, 1, 15);
  private static final LocalDate FEB_15 = LocalDate.of(2024, 2, 15);

  /** Seven loans on seven lines; loans 1, 3, 5 and 7 were drawn on 15 Jan, the others on 20 Jan. */
  private static InMemoryBook aBook() {
    InMemoryBook book = new InMemoryBook();
    Product product = aProduct().build();
    for (long id = 1; id <= 7; id++) {
      CreditLine line =
          aCreditLine()
              .withId(id)
              .withLimit("5000.00")
              .expiringOn(id == 2 ? FEB_15.plusDays(1) : DRAWN.plusYears(1))
              .build();
      LocalDate drawn = id % 2 == 1 ? DRAWN : DRAWN.plusDays(5);
      Loan loan = new DrawDown().draw(line, product, Money.of("1000.00"), 3, id, drawn).loan();
      book.put(loan);
      book.put(line);
    }
    return book;
  }

  @Test
  void closesOnlyTheLoansThatNeedItInBatches() {
    InMemoryBook book = aBook();
    DayClosed closed = book.closeBusinessDay().withBatchSize(3).close(FEB_15);
    assertThat(closed.loansLoaded()).isEqualTo(4);
    assertThat(closed.loansClosed()).isEqualTo(4);
    assertThat(closed.bucketChanges()).isEqualTo(4);
    assertThat(book.loadedBatchSizes).containsExactly(3, 1);
    assertThat(book.loan(1).bucket()).isEqualTo(Bucket.M1);
    assertThat(book.loan(2).bucket()).isEqualTo(Bucket.M0);
    assertThat(book.loan(2).closedThrough()).isEmpty();
    assertThat(book.history).hasSize(4);
    // each: its interest recognised and its due date's penalty (no grace: dpd 1 bears it)
    assertThat(book.journal).hasSize(8);
    assertThat(TrialBalance.of(book.journal).isBalanced()).isTrue();
  }

  @Test
  void expiresLinesAtTheCloseAfterTheirExpiryDate() {
    InMemoryBook book = aBook();
    book.closeBusinessDay().close(FEB_15.plusDays(1));
    assertThat(book.line(2).status()).isEqualTo(CreditLineStatus.ACTIVE);
    DayClosed closed = book.closeBusinessDay().close(FEB_15.plusDays(2));
    assertThat(closed.linesUpdated()).isEqualTo(1);
    assertThat(book.line(2).status()).isEqualTo(CreditLineStatus.EXPIRED);
    assertThat(book.line(1).status()).isEqualTo(CreditLineStatus.ACTIVE);
  }

  @Test
  void catchesUpOverSeveralDays() {
    InMemoryBook book = aBook();
    List<DayClosed> days = book.closeBusinessDay().closeDays(FEB_15, FEB_15.plusDays(9));
    assertThat(days).hasSize(10);
    assertThat(book.loan(1).dpd()).isEqualTo(10);
    assertThat(book.loan(2).dpd()).isEqualTo(5);
  }

  @Test
  void rerunAfterACrashPostsNothingTwice() {
    InMemoryBook reference = aBook();
    reference.closeBusinessDay().withBatchSize(2).closeDays(FEB_15, FEB_15.plusDays(6));

    InMemoryBook crashed = aBook();
    CloseBusinessDay close = crashed.closeBusinessDay().withBatchSize(2);
    close.closeDays(FEB_15, FEB_15.plusDays(2));
    // day 4: the first batch commits, the second dies before its commit
    crashed.crashAfterTransactions(1);
    assertThatThrownBy(() -> close.close(FEB_15.plusDays(3))).hasMessageContaining("crash");
    crashed.crashAfterTransactions(Integer.MAX_VALUE);
    close.closeDays(FEB_15.plusDays(3), FEB_15.plusDays(6));

    assertThat(crashed.journal).containsExactlyInAnyOrderElementsOf(reference.journal);
    assertThat(crashed.history).containsExactlyInAnyOrderElementsOf(reference.history);
    for (long id = 1; id <= 7; id++) {
      assertThat(crashed.loan(id).snapshot()).isEqualTo(reference.loan(id).snapshot());
    }
  }

  @Test
  void aLoanRepaidWhileTheCloseWorksIsRedoneAloneUntilItSticksAndTheDayFinishes() {
    InMemoryBook book = aBook();
    // loan 3 is repaid each time the close loads it, ten times: twice the retries that used to give
    // up the day
    book.repayEachTimeTheCloseLoads(3, 10, Money.of("1.00"));
    List<Integer> pauses = new ArrayList<>();
    CloseBusinessDay close = book.closeBusinessDay().withBatchSize(3).withBackoff(pauses::add);

    List<DayClosed> days = close.closeDays(FEB_15, FEB_15.plusDays(9));

    assertThat(days).hasSize(10);
    assertThat(book.repaymentsDuringClose).isEqualTo(10);
    assertThat(pauses)
        .as("backs off longer each time in a row")
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    for (long id = 1; id <= 7; id += 2) {
      assertThat(book.loan(id).closedThrough()).contains(FEB_15.plusDays(9));
      assertThat(book.loan(id).dpd()).isEqualTo(10);
    }
    long paid =
        book.loan(3).snapshot().installments().stream()
            .mapToLong(
                i ->
                    i.principalPaid().minor()
                        + i.interestPaid().minor()
                        + i.feePaid().minor()
                        + i.penaltyPaid().minor())
            .sum();
    assertThat(paid).as("no repayment was overwritten by the close").isEqualTo(1000);
    // each loan's close entries once per kind and day: nothing posted twice
    Map<List<Object>, Long> closeEntries =
        book.journal.stream()
            .filter(
                e ->
                    e.kind() == EntryKind.INTEREST_RECOGNITION
                        || e.kind() == EntryKind.PENALTY_ACCRUAL)
            .collect(
                Collectors.groupingBy(
                    e -> List.of(e.kind(), e.loanId(), e.postedOn()), Collectors.counting()));
    assertThat(closeEntries.values()).allMatch(n -> n == 1);
    assertThat(closeEntries.keySet())
        .anyMatch(k -> k.get(1).equals(3L) && k.get(0) == EntryKind.PENALTY_ACCRUAL);
    assertThat(TrialBalance.of(book.journal).isBalanced()).isTrue();
  }

  @Test
  void redoesOnlyTheChangedLoanNotTheBatchAroundIt() {
    InMemoryBook book = aBook();
    book.repayEachTimeTheCloseLoads(3, 1, Money.of("1.00"));
    DayClosed closed = book.closeBusinessDay().withBatchSize(10).withBackoff(n -> {}).close(FEB_15);
    // first batch: 1, 3, 5, 7 (3 not saved); then from 3 on: only 3 still needs the day
    assertThat(book.loadedBatchSizes).containsExactly(4, 1);
    assertThat(closed.loansClosed()).isEqualTo(4);
    assertThat(book.journal.stream().filter(e -> e.kind() == EntryKind.INTEREST_RECOGNITION))
        .hasSize(4);
  }

  @Test
  void stopsBetweenBatchesWhenAskedAndTheNextCloseFinishesTheDay() {
    InMemoryBook reference = aBook();
    reference.closeBusinessDay().withBatchSize(2).close(FEB_15);

    InMemoryBook book = aBook();
    CloseBusinessDay stopping =
        book.closeBusinessDay()
            .withBatchSize(2)
            .withStopSignal(() -> book.loadedBatchSizes.size() == 1);
    assertThatThrownBy(() -> stopping.close(FEB_15)).isInstanceOf(CloseStopped.class);
    assertThat(book.loan(1).closedThrough()).contains(FEB_15);
    assertThat(book.loan(5).closedThrough()).isEmpty();

    book.closeBusinessDay().withBatchSize(2).close(FEB_15);
    assertThat(book.journal).containsExactlyInAnyOrderElementsOf(reference.journal);
    for (long id = 1; id <= 7; id++) {
      assertThat(book.loan(id).snapshot()).isEqualTo(reference.loan(id).snapshot());
    }
  }

  @Test
  void refusesAPortThatIgnoresTheKeyset() {
    InMemoryBook book = aBook();
    var stuck =
        new dev.creditloop.servicing.loan.Loans() {
          @Override
          public List<Loan> needingClose(LocalDate day, long afterId, int limit) {
            return List.of(book.loan(1));
          }

          @Override
          public java.util.Set<Long> saveAll(List<Loan> loans) {
            return java.util.Set.of();
          }
        };
    CloseBusinessDay close =
        new CloseBusinessDay(stuck, book.lines, book, book, book, book).withBatchSize(1);
    assertThatThrownBy(() -> close.close(FEB_15)).isInstanceOf(IllegalStateException.class);
  }
}
