package dev.creditloop.servicing.loan;

import static dev.creditloop.servicing.fixtures.CreditLineBuilder.aCreditLine;
import static dev.creditloop.servicing.fixtures.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.delinquency.Bucket;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.EntryKind;
import dev.creditloop.servicing.journal.JournalLine;
import dev.creditloop.servicing.product.Component;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DrawDownTest {

  private static final LocalDate ON = LocalDate.of(2024, 1, 31);
  private final DrawDown drawDown = new DrawDown();

  private static Consumer<ServicingException> problem(String code, String field) {
    return e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.field()).isEqualTo(field);
    };
  }

  @Test
  void opensTheLoanReservesTheLineAndPostsTheDisbursement() {
    CreditLine line = aCreditLine().withLimit("5000.00").build();
    Product product = aProduct().withPenaltyRate("0.18").withGraceDays(3).build();

    DrawdownResult d = drawDown.draw(line, product, Money.of("3000.00"), 3, 42, ON);

    Loan loan = d.loan();
    assertThat(loan.id()).isEqualTo(42);
    assertThat(loan.lineId()).isEqualTo(line.id());
    assertThat(loan.customerId()).isEqualTo(line.customerId());
    assertThat(loan.status()).isEqualTo(LoanStatus.NORMAL);
    assertThat(loan.bucket()).isEqualTo(Bucket.M0);
    assertThat(loan.closedThrough()).isEmpty();
    assertThat(loan.outstandingPrincipal()).isEqualTo(Money.of("3000.00"));
    assertThat(loan.installments()).hasSize(3);
    assertThat(loan.installment(1).dueDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(loan.installment(1).due(Component.INTEREST)).isEqualTo(Money.of("60.00"));
    assertThat(loan.terms().penaltyAnnualRate()).isEqualTo(Rate.of("0.18"));
    assertThat(loan.terms().graceDays()).isEqualTo(3);
    assertThat(line.available(ON)).isEqualTo(Money.of("2000.00"));

    assertThat(d.disbursement().kind()).isEqualTo(EntryKind.DISBURSEMENT);
    assertThat(d.disbursement().lines())
        .containsExactly(
            JournalLine.debit(Account.LOANS_RECEIVABLE, Money.of("3000.00")),
            JournalLine.credit(Account.CASH_CLEARING, Money.of("3000.00")));
    assertThat(d.disbursed().amount()).isEqualTo(Money.of("3000.00"));
    assertThat(d.disbursed().apr().value().doubleValue()).isBetween(0.2399, 0.2401);
  }

  @Test
  void refusesATermTheProductDoesNotOfferWithoutTouchingTheLine() {
    CreditLine line = aCreditLine().build();
    assertThatThrownBy(
            () ->
                drawDown.draw(
                    line, aProduct().withMonths(3, 6).build(), Money.of("100.00"), 12, 1, ON))
        .isInstanceOfSatisfying(ServicingException.class, problem("term-not-allowed", "term"));
    assertThat(line.outstandingPrincipal()).isEqualTo(Money.ZERO);
  }

  @Test
  void refusesALoanWhoseAprIsAboveTheCap() {
    // flat 15% for 12 months is an APR of about 26.7%
    Product product =
        aProduct()
            .withMethod(RepaymentMethod.FLAT)
            .withRate("0.15")
            .withMonths(12)
            .withCap("0.24")
            .build();
    CreditLine line = aCreditLine().build();
    assertThatThrownBy(() -> drawDown.draw(line, product, Money.of("1000.00"), 12, 1, ON))
        .isInstanceOfSatisfying(ServicingException.class, problem("apr-cap-exceeded", "term"));
    assertThat(line.outstandingPrincipal()).isEqualTo(Money.ZERO);
  }

  @Test
  void refusesMoreThanAvailable() {
    assertThatThrownBy(
            () ->
                drawDown.draw(
                    aCreditLine().withLimit("5000.00").build(),
                    aProduct().build(),
                    Money.of("5000.01"),
                    3,
                    1,
                    ON))
        .isInstanceOfSatisfying(
            ServicingException.class, problem("amount-exceeds-available", "amount"));
  }

  @Test
  void refusesALineOfAnotherProduct() {
    assertThatThrownBy(
            () ->
                drawDown.draw(
                    aCreditLine().withProduct("OTHER").build(),
                    aProduct().build(),
                    Money.of("1.00"),
                    3,
                    1,
                    ON))
        .isInstanceOfSatisfying(
            ServicingException.class, problem("product-mismatch", "productCode"));
  }

  @Test
  void snapshotRoundTrips() {
    Loan loan =
        drawDown
            .draw(
                aCreditLine().build(),
                aProduct().withFees("0.01", "0.002").withCap("0.36").build(),
                Money.of("1234.56"),
                6,
                9,
                ON)
            .loan();
    loan.pay(1, Component.FEE, Money.of("5.00"));
    LoanSnapshot snapshot = loan.snapshot();
    assertThat(Loan.fromSnapshot(snapshot).snapshot()).isEqualTo(snapshot);
  }
}
