package dev.creditloop.lending.line;

import static dev.creditloop.lending.InMemoryLending.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.lending.InMemoryLending;
import dev.creditloop.lending.LendingException;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLineStatus;
import dev.creditloop.servicing.creditline.CreditLineStatusChanged;
import dev.creditloop.servicing.creditline.LimitChanged;
import dev.creditloop.servicing.creditline.TemporaryLimit;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.WriteOffLoan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeCreditLineTest {

  private final InMemoryLending book = new InMemoryLending();
  private final ChangeCreditLine change =
      new ChangeCreditLine(book.units, book.lines, book.loans, book.events, book.calendar);

  @BeforeEach
  void grantLine() {
    book.grant(1, 7, "5000.00");
  }

  @Test
  void aChangeOnALineThatDoesNotExistIsNotFound() {
    assertThatThrownBy(() -> change.change(new LineChange.Freeze(9, "customer asked", "ops")))
        .isInstanceOfSatisfying(
            LendingException.class,
            e -> {
              assertThat(e.refusal()).isEqualTo(LendingException.Refusal.NOT_FOUND);
              assertThat(e.getMessage()).isEqualTo("credit line 9 does not exist");
            });
    assertThat(book.lines.saved).isZero();
    assertThat(book.events.appended).isEmpty();
  }

  @Test
  void aNewLimitIsSavedOnTheLockedLineAndItsEventAppended() {
    CreditLine changed =
        change.change(
            new LineChange.NewLimit(1, Money.of("8000.00"), "annual review", "analyst.wang"));

    assertThat(changed.limit()).isEqualTo(Money.of("8000.00"));
    assertThat(book.line(1).limit()).isEqualTo(Money.of("8000.00"));
    assertThat(book.lines.locked).containsExactly(1L);
    assertThat(book.units.begun).isEqualTo(1);
    assertThat(book.events.appended)
        .singleElement()
        .isInstanceOfSatisfying(
            LimitChanged.class,
            e -> {
              assertThat(e.lineId()).isEqualTo(1);
              assertThat(e.change().oldLimit()).isEqualTo(Money.of("5000.00"));
              assertThat(e.change().newLimit()).isEqualTo(Money.of("8000.00"));
              assertThat(e.change().reason()).isEqualTo("annual review");
              assertThat(e.change().actor()).isEqualTo("analyst.wang");
              assertThat(e.change().on()).isEqualTo(TODAY);
            });
  }

  @Test
  void aTemporaryLimitIsSavedThroughItsLastDay() {
    change.change(
        new LineChange.TemporaryLimit(
            1, Money.of("7000.00"), TODAY.plusDays(30), "festival", "analyst.wang"));

    CreditLine stored = book.line(1);
    assertThat(stored.temporaryLimit())
        .contains(new TemporaryLimit(Money.of("7000.00"), TODAY.plusDays(30)));
    assertThat(stored.effectiveLimit(TODAY)).isEqualTo(Money.of("7000.00"));
    assertThat(stored.limit()).isEqualTo(Money.of("5000.00"));
    assertThat(book.events.appended)
        .singleElement()
        .isInstanceOfSatisfying(
            LimitChanged.class,
            e ->
                assertThat(e.change().newTemporary())
                    .isEqualTo(new TemporaryLimit(Money.of("7000.00"), TODAY.plusDays(30))));
  }

  @Test
  void aFreezeIsSavedWithItsStatusChangeOnTheBusinessDate() {
    book.calendar.today = TODAY.plusDays(2);

    change.change(new LineChange.Freeze(1, "customer asked", "ops"));

    assertThat(book.line(1).status()).isEqualTo(CreditLineStatus.FROZEN);
    assertThat(book.events.appended)
        .containsExactly(
            new CreditLineStatusChanged(
                1,
                7,
                CreditLineStatus.ACTIVE,
                CreditLineStatus.FROZEN,
                "customer asked",
                "ops",
                TODAY.plusDays(2)));
  }

  @Test
  void anUnfreezeIsRefusedWhileTheCustomerHasAWrittenOffLoan() {
    CreditLine line = book.line(1);
    Loan loan =
        new DrawDown()
            .draw(line, InMemoryLending.CASH, Money.of("1000.00"), 3, 50, TODAY.minusDays(10))
            .loan();
    new WriteOffLoan().writeOff(loan, line, TODAY.minusDays(1), "fraud", "ops");
    book.lines.save(line);
    book.loans.stored.put(loan.id(), loan.snapshot());
    int savedBefore = book.lines.saved;

    assertThatThrownBy(() -> change.change(new LineChange.Unfreeze(1, "paid up", "ops")))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.CUSTOMER_WRITTEN_OFF);
              assertThat(e.field()).isEqualTo("customerId");
              assertThat(e.reason())
                  .isEqualTo(
                      "customer 7 has a written-off loan (50): their lines stay closed to drawing");
            });
    assertThat(book.line(1).status()).isEqualTo(CreditLineStatus.FROZEN);
    assertThat(book.lines.saved).isEqualTo(savedBefore);
    assertThat(book.events.appended).isEmpty();
  }

  @Test
  void anUnfreezeWithoutAWrittenOffLoanOpensTheLineAgain() {
    CreditLine line = book.line(1);
    line.freeze("customer asked", "ops", TODAY.minusDays(3));
    book.lines.save(line);

    CreditLine unfrozen = change.change(new LineChange.Unfreeze(1, "customer asked", "ops"));

    assertThat(unfrozen.status()).isEqualTo(CreditLineStatus.ACTIVE);
    assertThat(book.line(1).status()).isEqualTo(CreditLineStatus.ACTIVE);
    assertThat(book.events.appended)
        .singleElement()
        .isInstanceOfSatisfying(
            CreditLineStatusChanged.class,
            e -> {
              assertThat(e.from()).isEqualTo(CreditLineStatus.FROZEN);
              assertThat(e.to()).isEqualTo(CreditLineStatus.ACTIVE);
              assertThat(e.on()).isEqualTo(TODAY);
            });
  }

  @Test
  void aChangeTheLedgerRefusesWritesNothing() {
    assertThatThrownBy(() -> change.change(new LineChange.Unfreeze(1, "not frozen", "ops")))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.TRANSITION_NOT_ALLOWED));
    assertThat(book.lines.saved).isZero();
    assertThat(book.events.appended).isEmpty();
    assertThat(book.line(1).status()).isEqualTo(CreditLineStatus.ACTIVE);
  }
}
