package dev.creditloop.lending.close;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.close.CloseLimits;
import dev.creditloop.servicing.journal.JournalEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CloseBusinessDaysTest {

  private static final LocalDate DRAWN = LocalDate.of(2024, 1, 15);
  private static final LocalDate FEB_15 = LocalDate.of(2024, 2, 15);
  private static final Clock WALL_CLOCK_FEB_20 =
      Clock.fixed(
          LocalDate.of(2024, 2, 20).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneId.of("UTC"));

  private final InMemoryCloseBook book = InMemoryCloseBook.sevenLoansDrawnOn(DRAWN, FEB_15);

  private CloseBusinessDays close(int batchSize, CloseLimits limits) {
    return new CloseBusinessDays(
        book.closeBusinessDay(batchSize), book, book, book, WALL_CLOCK_FEB_20, limits);
  }

  private CloseBusinessDays close() {
    return close(3, new CloseLimits(0, 31));
  }

  @Test
  void closesEachDayInOrderAndMovesTheDatePastIt() {
    CloseOutcome outcome = close().closeThrough(FEB_15.plusDays(3));

    assertThat(outcome).isInstanceOf(CloseOutcome.Closed.class);
    assertThat(outcome.closed())
        .extracting(ClosedDay::day)
        .containsExactly(FEB_15, FEB_15.plusDays(1), FEB_15.plusDays(2), FEB_15.plusDays(3));
    assertThat(outcome.closed().get(0).loansClosed()).isEqualTo(7);
    assertThat(book.today()).isEqualTo(FEB_15.plusDays(4));
    assertThat(book.runs).hasSize(4).containsValue("COMPLETED").doesNotContainValue("STARTED");
    for (long id = 1; id <= 7; id++) {
      assertThat(book.loan(id).closedThrough()).contains(FEB_15.plusDays(3));
      assertThat(book.loan(id).dpd()).isEqualTo(4);
    }
  }

  @Test
  void withoutADayClosesTheBusinessDate() {
    CloseOutcome outcome = close().closeThrough(null);
    assertThat(outcome.closed()).extracting(ClosedDay::day).containsExactly(FEB_15);
    assertThat(book.today()).isEqualTo(FEB_15.plusDays(1));
  }

  @Test
  void redoesOnlyTheLoansRepaidUnderItAndNeverGivesUpADay() {
    // loan 3 is repaid each time the close loads it, twelve times
    book.repayEachTimeTheCloseLoads(3, 12);

    CloseOutcome outcome = close().closeThrough(FEB_15.plusDays(2));

    assertThat(outcome).isInstanceOf(CloseOutcome.Closed.class);
    assertThat(outcome.closed()).hasSize(3);
    assertThat(book.repaymentsDuringClose()).isEqualTo(12);
    List<Long> loadedMoreThanOncePerDay = new ArrayList<>(book.loads);
    for (long id = 1; id <= 7; id++) {
      loadedMoreThanOncePerDay.remove(id); // day 1
      loadedMoreThanOncePerDay.remove(id); // day 2
      loadedMoreThanOncePerDay.remove(id); // day 3
    }
    assertThat(loadedMoreThanOncePerDay)
        .as("only the changed loan is loaded again, once per repayment under the close")
        .containsOnly(3L)
        .hasSize(12);
    for (long id = 1; id <= 7; id++) {
      assertThat(book.loan(id).closedThrough()).contains(FEB_15.plusDays(2));
    }
    assertThat(
            book.journal.stream()
                .map(e -> List.of(e.loanId(), e.kind(), e.postedOn()))
                .filter(k -> !k.get(1).toString().startsWith("REPAY"))
                .distinct()
                .count())
        .as("no close entry posted twice")
        .isEqualTo(closeEntries().size());
  }

  private List<JournalEntry> closeEntries() {
    return book.journal.stream().filter(e -> !e.kind().toString().startsWith("REPAY")).toList();
  }

  @Test
  void stopsBetweenDaysWhenAskedAndShowsItsProgressMeanwhile() {
    CloseBusinessDays close = close();
    List<CloseProgress> seen = new ArrayList<>();
    book.onMove(
        date -> {
          seen.add(close.progress());
          if (date.equals(FEB_15.plusDays(2))) {
            assertThat(close.requestStop()).isTrue();
          }
        });

    CloseOutcome outcome = close.closeThrough(FEB_15.plusDays(5));

    assertThat(outcome).isInstanceOf(CloseOutcome.Stopped.class);
    assertThat(((CloseOutcome.Stopped) outcome).openDay()).isEqualTo(FEB_15.plusDays(2));
    assertThat(outcome.closed()).hasSize(2);
    assertThat(book.today()).isEqualTo(FEB_15.plusDays(2));
    assertThat(book.loan(1).closedThrough()).contains(FEB_15.plusDays(1));
    assertThat(seen)
        .extracting(CloseProgress::currentDay, CloseProgress::daysDone, CloseProgress::daysTotal)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FEB_15, 0, 6),
            org.assertj.core.groups.Tuple.tuple(FEB_15.plusDays(1), 1, 6));
    assertThat(seen).allMatch(CloseProgress::running);
    assertThat(close.progress()).isEqualTo(CloseProgress.IDLE);
    assertThat(close.requestStop()).as("nothing runs to stop").isFalse();

    assertThat(close.closeThrough(FEB_15.plusDays(5)).closed())
        .as("a later close carries on from the open day")
        .extracting(ClosedDay::day)
        .first()
        .isEqualTo(FEB_15.plusDays(2));
  }

  @Test
  void aShutdownStopsBetweenBatchesAndTheNextCloseFinishesTheDayWithNothingPostedTwice() {
    InMemoryCloseBook reference = InMemoryCloseBook.sevenLoansDrawnOn(DRAWN, FEB_15);
    new CloseBusinessDays(
            reference.closeBusinessDay(2),
            reference,
            reference,
            reference,
            WALL_CLOCK_FEB_20,
            new CloseLimits(0, 31))
        .closeThrough(FEB_15.plusDays(1));

    CloseBusinessDays close = close(2, new CloseLimits(0, 31));
    AtomicReference<Boolean> once = new AtomicReference<>(false);
    book.afterEachTransaction(
        () -> {
          // the first batch of loans of the first day has committed
          if (!once.get() && !book.loads.isEmpty()) {
            once.set(true);
            close.shutDown(Duration.ZERO);
          }
        });

    CloseOutcome stopped = close.closeThrough(FEB_15.plusDays(1));

    assertThat(stopped).isInstanceOf(CloseOutcome.Stopped.class);
    assertThat(stopped.closed()).isEmpty();
    assertThat(((CloseOutcome.Stopped) stopped).openDay()).isEqualTo(FEB_15);
    assertThat(book.today()).as("the date waits for a whole day").isEqualTo(FEB_15);
    assertThat(book.runs).containsEntry(FEB_15, "STARTED");
    assertThat(book.loan(1).closedThrough()).contains(FEB_15);
    assertThat(book.loan(7).closedThrough()).isEmpty();

    close.resume();
    CloseOutcome finished = close.closeThrough(FEB_15.plusDays(1));

    assertThat(finished).isInstanceOf(CloseOutcome.Closed.class);
    assertThat(book.runs).containsEntry(FEB_15, "COMPLETED");
    assertThat(book.journal).containsExactlyInAnyOrderElementsOf(reference.journal);
  }

  @Test
  void refusesBeyondItsLimitsBeforeClosingAnything() {
    // the wall clock says 20 Feb: with no days ahead, 21 Feb has not begun
    CloseOutcome tooFar = close(3, new CloseLimits(0, 31)).closeThrough(FEB_15.plusDays(6));
    assertThat(tooFar).isInstanceOf(CloseOutcome.Refused.class);
    assertThat(((CloseOutcome.Refused) tooFar).problem()).isEqualTo(Problem.CLOSE_TOO_FAR_AHEAD);
    assertThat(((CloseOutcome.Refused) tooFar).field()).isEqualTo("until");

    CloseOutcome tooMany = close(3, new CloseLimits(0, 3)).closeThrough(FEB_15.plusDays(3));
    assertThat(tooMany).isInstanceOf(CloseOutcome.Refused.class);
    assertThat(((CloseOutcome.Refused) tooMany).problem())
        .isEqualTo(Problem.TOO_MANY_DAYS_TO_CLOSE);

    CloseOutcome past = close().closeThrough(FEB_15.minusDays(1));
    assertThat(((CloseOutcome.Refused) past).problem()).isEqualTo(Problem.DATE_ALREADY_CLOSED);

    assertThat(book.loads).as("nothing was even read").isEmpty();
    assertThat(book.runs).isEmpty();
    assertThat(book.today()).isEqualTo(FEB_15);
    assertThat(close(3, new CloseLimits(1, 31)).closeThrough(FEB_15.plusDays(6)))
        .as("one day ahead allowed")
        .isInstanceOf(CloseOutcome.Closed.class);
    assertThat(Collections.frequency(List.copyOf(book.runs.values()), "COMPLETED")).isEqualTo(7);
  }
}
