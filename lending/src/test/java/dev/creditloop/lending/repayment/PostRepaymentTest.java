package dev.creditloop.lending.repayment;

import static dev.creditloop.lending.InMemoryLending.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.lending.InMemoryLending;
import dev.creditloop.lending.LendingException;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.allocation.Payoff;
import dev.creditloop.servicing.allocation.RepaymentPosted;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.loan.WriteOffLoan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostRepaymentTest {

  private final InMemoryLending book = new InMemoryLending();
  private final PostRepayment postRepayment =
      new PostRepayment(
          book.units,
          book.loans,
          book.lines,
          book.journal,
          book.events,
          book.receipts,
          book.calendar);
  private long loanId;

  /** Line 1 (limit 5,000.00) with a loan of 3,000.00 over 3 months drawn today. */
  @BeforeEach
  void drawOne() {
    CreditLine line = book.grant(1, 7, "5000.00");
    Loan loan =
        new DrawDown().draw(line, InMemoryLending.CASH, Money.of("3000.00"), 3, 40, TODAY).loan();
    book.lines.save(line);
    book.loans.stored.put(loan.id(), loan.snapshot());
    loanId = loan.id();
    book.lines.saved = 0;
  }

  @Test
  void aRepaymentIsAllocatedAndTheRepaidPrincipalRestoresTheLine() {
    RepaymentOutcome outcome = postRepayment.post(new RepaymentCommand(loanId, Money.of("500.00")));

    RepaymentOutcome.Repaid repaid = (RepaymentOutcome.Repaid) outcome;
    assertThat(repaid.allocation().amount()).isEqualTo(Money.of("500.00"));
    assertThat(repaid.allocation().settled()).isFalse();
    Money principal = repaid.allocation().principalRepaid();
    assertThat(principal.isGreaterThan(Money.ZERO)).isTrue();
    assertThat(book.line(1).available(TODAY)).isEqualTo(Money.of("2000.00").plus(principal));
    assertThat(book.loan(loanId).outstandingPrincipal())
        .isEqualTo(Money.of("3000.00").minus(principal));
    assertThat(book.loans.locked).containsExactly(loanId);
    assertThat(book.lines.locked).containsExactly(1L);
    assertThat(book.units.begun).isEqualTo(1);
    assertThat(book.journal.posted).containsExactly(repaid.allocation().entry());
    assertThat(book.receipts.repayments).containsExactly(repaid.allocation());
    assertThat(book.events.appended).hasAtLeastOneElementOfType(RepaymentPosted.class);
    assertThat(book.events.stamps).containsOnly(book.calendar.at(TODAY));
  }

  @Test
  void thePayoffSettlesTheLoanAndGivesTheWholeLimitBack() {
    Money payoff = Payoff.quote(book.loan(loanId), TODAY).total();

    RepaymentOutcome.Repaid repaid =
        (RepaymentOutcome.Repaid) postRepayment.post(new RepaymentCommand(loanId, payoff));

    assertThat(repaid.allocation().settled()).isTrue();
    assertThat(book.loan(loanId).status()).isEqualTo(LoanStatus.SETTLED);
    assertThat(book.loan(loanId).outstandingPrincipal()).isEqualTo(Money.ZERO);
    assertThat(book.line(1).available(TODAY)).isEqualTo(Money.of("5000.00"));
  }

  @Test
  void moreThanThePayoffIsRefusedAndNothingIsPosted() {
    Money payoff = Payoff.quote(book.loan(loanId), TODAY).total();

    assertThatThrownBy(
            () -> postRepayment.post(new RepaymentCommand(loanId, payoff.plus(Money.of("0.01")))))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.PAYOFF_EXCEEDED));
    assertThat(book.journal.posted).isEmpty();
    assertThat(book.receipts.repayments).isEmpty();
    assertThat(book.lines.saved).isZero();
    assertThat(book.loan(loanId).outstandingPrincipal()).isEqualTo(Money.of("3000.00"));
  }

  @Test
  void moneyOnAWrittenOffLoanIsARecoveryAndTheLoanStaysWrittenOff() {
    Loan loan = book.loan(loanId);
    CreditLine line = book.line(1);
    new WriteOffLoan().writeOff(loan, line, TODAY, "fraud", "ops");
    book.loans.stored.put(loanId, loan.snapshot());

    RepaymentOutcome outcome = postRepayment.post(new RepaymentCommand(loanId, Money.of("100.00")));

    RepaymentOutcome.Recovered recovered = (RepaymentOutcome.Recovered) outcome;
    assertThat(recovered.amount()).isEqualTo(Money.of("100.00"));
    assertThat(recovered.leftToRecover()).isEqualTo(Money.of("2900.00"));
    assertThat(recovered.on()).isEqualTo(TODAY);
    assertThat(book.loan(loanId).status()).isEqualTo(LoanStatus.WRITTEN_OFF);
    assertThat(book.loan(loanId).recovered()).isEqualTo(Money.of("100.00"));
    assertThat(book.receipts.recoveries).containsExactly(Money.of("100.00"));
    assertThat(book.receipts.repayments).isEmpty();
    assertThat(book.journal.posted).hasSize(1);
    assertThat(book.lines.locked).as("a recovery gives no room back").isEmpty();
  }

  @Test
  void aLoanThatDoesNotExistIsNotFound() {
    assertThatThrownBy(() -> postRepayment.post(new RepaymentCommand(999, Money.of("1.00"))))
        .isInstanceOfSatisfying(
            LendingException.class,
            e -> assertThat(e.getMessage()).isEqualTo("loan 999 does not exist"));
    assertThat(book.receipts.repayments).isEmpty();
  }
}
