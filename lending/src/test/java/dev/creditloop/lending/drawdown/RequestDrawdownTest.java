package dev.creditloop.lending.drawdown;

import static dev.creditloop.lending.InMemoryLending.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.kernel.Money;
import dev.creditloop.lending.InMemoryLending;
import dev.creditloop.lending.LendingException;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.loan.WriteOffLoan;
import dev.creditloop.servicing.schedule.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestDrawdownTest {

  private final InMemoryLending book = new InMemoryLending();
  private final InMemoryLending.ScriptedGate gate = book.gate();
  private final RequestDrawdown requestDrawdown = requestDrawdown(book, gate);

  static RequestDrawdown requestDrawdown(InMemoryLending book, DrawdownGate gate) {
    return new RequestDrawdown(
        book.units,
        new LedgerChecks(book.lines, book.products, book.loans, book.calendar),
        gate,
        book.behaviour,
        book.reviews,
        new Disbursement(book.loans, book.lines, book.journal, book.events));
  }

  private static DrawdownCommand draw(long line, String amount, int months) {
    return new DrawdownCommand(line, Money.of(amount), months, true, "dev-1");
  }

  @Test
  void anApprovedRequestIsDisbursedOnTheLineLockedInOneUnitOfWork() {
    book.grant(1, 7, "5000.00");

    DrawdownOutcome outcome = requestDrawdown.request(draw(1, "3000.00", 12));

    assertThat(outcome).isInstanceOf(DrawdownOutcome.Disbursed.class);
    Loan loan = ((DrawdownOutcome.Disbursed) outcome).loan();
    assertThat(loan.principal()).isEqualTo(Money.of("3000.00"));
    assertThat(loan.installments()).hasSize(12);
    assertThat(book.loan(loan.id()).status()).isEqualTo(LoanStatus.NORMAL);
    assertThat(book.line(1).available(TODAY)).isEqualTo(Money.of("2000.00"));
    assertThat(book.lines.locked).containsExactly(1L);
    assertThat(book.units.begun).isEqualTo(1);
    assertThat(book.journal.posted).hasSize(1);
    assertThat(book.events.stamps).containsOnly(book.calendar.at(TODAY));
    assertThat(book.behaviour.types())
        .containsExactly(EventType.DRAWDOWN_REQUESTED, EventType.DRAWDOWN_APPROVED);
  }

  @Test
  void theRequestIsCountedInTheFeaturesBeforeTheGateDecidesWithWhatABacktestReplays() {
    book.grant(1, 7, "5000.00");
    book.loans.currentDpd = 4;

    requestDrawdown.request(draw(1, "3000.00", 12));

    assertThat(gate.requestsSeenWhenAsked).containsExactly(1);
    DrawdownGate.Request asked = gate.asked.get(0);
    assertThat(asked.customerId()).isEqualTo(7);
    assertThat(asked.creditLineId()).isEqualTo(1);
    assertThat(asked.term()).isEqualTo(Term.months(12));
    assertThat(asked.currentDpd()).isEqualTo(4);
    assertThat(asked.deviceId()).isEqualTo("dev-1");
    assertThat(asked.precheck()).isFalse();
    assertThat(asked.at()).isEqualTo(book.calendar.at(TODAY));
    BehaviourEvent requested = book.behaviour.seenNow.get(0);
    assertThat(requested.amount()).isEqualTo(Money.of("3000.00"));
    assertThat(requested.attributes())
        .containsEntry(RequestDrawdown.TERM_MONTHS, "12.0")
        .containsEntry(RequestDrawdown.CURRENT_DPD, "4");
  }

  @Test
  void theLedgersOwnRefusalsComeBeforeAnyStrategyAndWriteNothing() {
    CreditLine frozen = book.grant(1, 7, "5000.00");
    book.lines.save(withFrozen(frozen));
    book.grant(2, 8, "5000.00");
    CreditLine expired =
        CreditLine.grant(
            3, 9, "CASH", Money.of("5000.00"), TODAY.minusYears(2), TODAY.minusDays(1));
    book.lines.stored.put(3L, expired.snapshot());

    assertRefused(draw(1, "100.00", 3), Problem.LINE_FROZEN);
    assertRefused(draw(2, "5000.01", 3), Problem.AMOUNT_EXCEEDS_AVAILABLE);
    assertRefused(draw(3, "100.00", 3), Problem.LINE_EXPIRED);
    assertRefused(draw(2, "100.00", 5), Problem.TERM_NOT_ALLOWED);
    assertRefused(
        new DrawdownCommand(2, Money.of("100.00"), 30, false, null), Problem.TERM_NOT_ALLOWED);

    assertThat(gate.asked).as("no strategy was asked").isEmpty();
    assertThat(book.behaviour.recorded).as("nothing counted in the features").isEmpty();
    assertThat(book.loans.stored).isEmpty();
  }

  @Test
  void aCustomerWithAWrittenOffLoanDrawsOnNoneOfTheirLines() {
    CreditLine first = book.grant(1, 7, "5000.00");
    book.grant(2, 7, "5000.00");
    Loan loan =
        new DrawDown()
            .draw(first, InMemoryLending.CASH, Money.of("1000.00"), 3, 50, TODAY.minusDays(10))
            .loan();
    new WriteOffLoan().writeOff(loan, first, TODAY.minusDays(5), "fraud", "ops");
    book.loans.stored.put(loan.id(), loan.snapshot());

    assertThatThrownBy(() -> requestDrawdown.request(draw(2, "100.00", 3)))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.CUSTOMER_WRITTEN_OFF);
              assertThat(e.reason()).contains("(50)");
            });
    assertThat(gate.asked).isEmpty();
  }

  @Test
  void aTermInTheOtherUnitNamesTheFieldTheProductWants() {
    book.grant(1, 7, "5000.00");

    assertThatThrownBy(
            () ->
                requestDrawdown.request(
                    new DrawdownCommand(1, Money.of("100.00"), 14, false, null)))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> {
              assertThat(e.field()).isEqualTo("termDays");
              assertThat(e.reason()).isEqualTo("product CASH has terms in months: give termMonths");
            });
  }

  @Test
  void aReviewParksTheRequestAndNothingIsDisbursedOrHeld() {
    book.grant(1, 7, "5000.00");
    DrawdownGate.Reason reason = new DrawdownGate.Reason("NEW_DEVICE", "first use of this device");
    gate.answering(DrawdownGate.Outcome.REVIEW, 55L, reason);

    DrawdownOutcome outcome = requestDrawdown.request(draw(1, "3000.00", 6));

    assertThat(outcome).isEqualTo(new DrawdownOutcome.ParkedForReview(1, 55L, List.of(reason)));
    Review parked = book.reviews.stored.get(1L);
    assertThat(parked.status()).isEqualTo(Review.Status.PENDING);
    assertThat(parked.amount()).isEqualTo(Money.of("3000.00"));
    assertThat(parked.term()).isEqualTo(Term.months(6));
    assertThat(parked.customerId()).isEqualTo(7);
    assertThat(parked.decisionId()).isEqualTo(55L);
    assertThat(parked.requestedAt()).isEqualTo(book.calendar.at(TODAY));
    assertThat(book.loans.stored).isEmpty();
    assertThat(book.journal.posted).isEmpty();
    assertThat(book.line(1).available(TODAY)).isEqualTo(Money.of("5000.00"));
    assertThat(book.behaviour.types()).containsExactly(EventType.DRAWDOWN_REQUESTED);
  }

  @Test
  void aRejectionLeavesNothingDisbursedAndIsCounted() {
    book.grant(1, 7, "5000.00");
    DrawdownGate.Reason reason = new DrawdownGate.Reason("VELOCITY", "5 drawdowns today");
    gate.answering(DrawdownGate.Outcome.REJECT, 56L, reason);

    DrawdownOutcome outcome = requestDrawdown.request(draw(1, "3000.00", 6));

    assertThat(outcome).isEqualTo(new DrawdownOutcome.Rejected(56L, List.of(reason)));
    assertThat(book.loans.stored).isEmpty();
    assertThat(book.journal.posted).isEmpty();
    assertThat(book.events.appended).isEmpty();
    assertThat(book.lines.saved).isZero();
    assertThat(book.reviews.stored).isEmpty();
    assertThat(book.behaviour.types())
        .containsExactly(EventType.DRAWDOWN_REQUESTED, EventType.DRAWDOWN_REJECTED);
  }

  @Test
  void aLineThatDoesNotExistIsNotFound() {
    assertThatThrownBy(() -> requestDrawdown.request(draw(9, "100.00", 3)))
        .isInstanceOfSatisfying(
            LendingException.class,
            e -> {
              assertThat(e.refusal()).isEqualTo(LendingException.Refusal.NOT_FOUND);
              assertThat(e.getMessage()).isEqualTo("credit line 9 does not exist");
            });
  }

  private void assertRefused(DrawdownCommand command, Problem problem) {
    assertThatThrownBy(() -> requestDrawdown.request(command))
        .isInstanceOfSatisfying(
            ServicingException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }

  private static CreditLine withFrozen(CreditLine line) {
    line.freeze("customer asked", "ops", TODAY.minusDays(1));
    return line;
  }
}
