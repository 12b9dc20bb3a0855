package dev.creditloop.lending.drawdown;

import static dev.creditloop.lending.InMemoryLending.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.lending.InMemoryLending;
import dev.creditloop.lending.LendingException;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.WriteOffLoan;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewDrawdownTest {

  private static final Instant NOW = Instant.parse("2026-03-10T03:04:05Z");

  private final InMemoryLending book = new InMemoryLending();
  private final ReviewDrawdown review =
      new ReviewDrawdown(
          book.units,
          book.reviews,
          book.lines,
          book.products,
          book.calendar,
          new Disbursement(book.loans, book.lines, book.journal, book.events),
          Clock.fixed(NOW, ZoneOffset.UTC));
  private long parked;

  @BeforeEach
  void parkOne() {
    book.grant(1, 7, "5000.00");
    InMemoryLending.ScriptedGate gate = book.gate().answering(DrawdownGate.Outcome.REVIEW, 55L);
    DrawdownOutcome outcome =
        RequestDrawdownTest.requestDrawdown(book, gate)
            .request(new DrawdownCommand(1, Money.of("3000.00"), 6, true, null));
    parked = ((DrawdownOutcome.ParkedForReview) outcome).reviewId();
    book.units.begun = 0;
  }

  @Test
  void approvingDisbursesOnTheLockedLineAndRecordsWhoWhyAndWhen() {
    ReviewOutcome.Approved approved =
        review.approve(new ReviewCommand(parked, "reviewer.li", "income checked"));

    Loan loan = approved.disbursed().loan();
    assertThat(loan.principal()).isEqualTo(Money.of("3000.00"));
    assertThat(loan.installments()).hasSize(6);
    assertThat(book.loans.stored).containsKey(loan.id());
    assertThat(book.line(1).available(TODAY)).isEqualTo(Money.of("2000.00"));
    assertThat(book.reviews.locked).containsExactly(parked);
    assertThat(book.lines.locked).endsWith(1L);
    assertThat(book.units.begun).isEqualTo(1);
    Review decided = book.reviews.stored.get(parked);
    assertThat(decided.status()).isEqualTo(Review.Status.APPROVED);
    assertThat(decided.reviewedBy()).isEqualTo("reviewer.li");
    assertThat(decided.reviewNote()).isEqualTo("income checked");
    assertThat(decided.reviewedAt()).isEqualTo(NOW);
    assertThat(decided.loanId()).isEqualTo(loan.id());
  }

  @Test
  void rejectingClosesTheRequestWithoutDisbursing() {
    ReviewOutcome.Rejected rejected = review.reject(new ReviewCommand(parked, "reviewer.li", null));

    assertThat(rejected.review().status()).isEqualTo(Review.Status.REJECTED);
    assertThat(rejected.review().reviewedAt()).isEqualTo(NOW);
    assertThat(rejected.review().loanId()).isNull();
    assertThat(book.loans.stored).isEmpty();
    assertThat(book.journal.posted).isEmpty();
  }

  @Test
  void aReviewAlreadyDecidedIsRefusedAndNothingMoreIsDisbursed() {
    review.approve(new ReviewCommand(parked, "reviewer.li", null));

    assertThatThrownBy(() -> review.approve(new ReviewCommand(parked, "reviewer.wu", null)))
        .isInstanceOfSatisfying(
            LendingException.class,
            e -> {
              assertThat(e.refusal()).isEqualTo(LendingException.Refusal.REVIEW_ALREADY_DECIDED);
              assertThat(e.getMessage()).isEqualTo("review " + parked + " is APPROVED");
            });
    assertThatThrownBy(() -> review.reject(new ReviewCommand(parked, "reviewer.wu", null)))
        .isInstanceOf(LendingException.class);
    assertThat(book.loans.stored).hasSize(1);
    assertThat(book.reviews.stored.get(parked).reviewedBy()).isEqualTo("reviewer.li");
  }

  @Test
  void aCustomerWrittenOffWhileTheRequestWaitedIsRefusedAtApproval() {
    CreditLine other = book.grant(2, 7, "5000.00");
    Loan loan =
        new DrawDown()
            .draw(other, InMemoryLending.CASH, Money.of("1000.00"), 3, 50, TODAY.minusDays(10))
            .loan();
    new WriteOffLoan().writeOff(loan, other, TODAY.minusDays(1), "fraud", "ops");
    book.loans.stored.put(loan.id(), loan.snapshot());

    assertThatThrownBy(() -> review.approve(new ReviewCommand(parked, "reviewer.li", null)))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.CUSTOMER_WRITTEN_OFF));
    assertThat(book.loans.stored).containsOnlyKeys(50L);
    assertThat(book.reviews.stored.get(parked).status()).isEqualTo(Review.Status.PENDING);
  }

  @Test
  void aLineFrozenWhileTheRequestWaitedIsRefusedAtApproval() {
    CreditLine line = book.line(1);
    line.freeze("customer asked", "ops", TODAY);
    book.lines.save(line);

    assertThatThrownBy(() -> review.approve(new ReviewCommand(parked, "reviewer.li", null)))
        .isInstanceOfSatisfying(
            ServicingException.class, e -> assertThat(e.problem()).isEqualTo(Problem.LINE_FROZEN));
    assertThat(book.loans.stored).isEmpty();
  }

  @Test
  void aReviewThatDoesNotExistIsNotFound() {
    assertThatThrownBy(() -> review.reject(new ReviewCommand(999, "reviewer.li", null)))
        .isInstanceOfSatisfying(
            LendingException.class,
            e -> assertThat(e.getMessage()).isEqualTo("review 999 does not exist"));
  }
}
