package dev.creditloop.servicing.allocation;

import static dev.creditloop.servicing.fixtures.CreditLineBuilder.aCreditLine;
import static dev.creditloop.servicing.fixtures.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.close.CloseLoanDay;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.delinquency.Bucket;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.fixtures.ProductBuilder;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.JournalLine;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.InstallmentStatus;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanSettled;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.product.Component;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 3,000.00 at 24% annuity over 3 months, drawn 15 Jan 2024 (r = 0.02, payment 1,040.26):
 *
 * <pre>
 *   1  15 Feb  principal  980.26  interest 60.00
 *   2  15 Mar  principal  999.87  interest 40.39
 *   3  15 Apr  principal 1019.87  interest 20.40
 * </pre>
 *
 * Penalty 36% on 360 days: 0.1% of overdue principal a day.
 */
class PostRepaymentTest {

  private static final LocalDate DRAWN = LocalDate.of(2024, 1, 15);
  private final PostRepayment postRepayment = new PostRepayment();
  private final CloseLoanDay closeLoanDay = new CloseLoanDay();
  private CreditLine line;
  private Loan loan;

  @BeforeEach
  void draw() {
    draw(aProduct());
  }

  private void draw(ProductBuilder product) {
    line = aCreditLine().withLimit("5000.00").build();
    loan =
        new DrawDown()
            .draw(line, product.withCap("0.36").build(), Money.of("3000.00"), 3, 1, DRAWN)
            .loan();
  }

  private void closeThrough(LocalDate last) {
    for (LocalDate d = DRAWN; !d.isAfter(last); d = d.plusDays(1)) {
      closeLoanDay.close(loan, d);
    }
  }

  private Allocation pay(String amount, LocalDate on) {
    return postRepayment.post(loan, line, Money.of(amount), on);
  }

  private static Money m(String amount) {
    return Money.of(amount);
  }

  @Test
  void overdueInstalmentIsPaidBeforeCurrentOne() {
    // closes of 15 Feb to 14 Mar: instalment 1 overdue, penalty on 980.26 for 15 Feb..14 Mar,
    // 29 days × 0.98 = 28.42; on 15 Mar instalment 1 owes 28.42 + 60.00 + 980.26 = 1068.68
    closeThrough(LocalDate.of(2024, 3, 14));
    assertThat(loan.installment(1).unpaid(Component.PENALTY)).isEqualTo(m("28.42"));

    Allocation a = pay("1100.00", LocalDate.of(2024, 3, 15));

    assertThat(a.lines())
        .containsExactly(
            new AllocatedAmount(1, Component.PENALTY, m("28.42")),
            new AllocatedAmount(1, Component.INTEREST, m("60.00")),
            new AllocatedAmount(1, Component.PRINCIPAL, m("980.26")),
            new AllocatedAmount(2, Component.INTEREST, m("31.32")));
    assertThat(loan.installment(1).status()).isEqualTo(InstallmentStatus.PAID);
    assertThat(loan.installment(2).unpaid(Component.INTEREST)).isEqualTo(m("9.07"));
    assertThat(a.principalRepaid()).isEqualTo(m("980.26"));
    assertThat(line.outstandingPrincipal()).isEqualTo(m("2019.74"));
    // instalment 1 was recognised at the close of 15 Feb; instalment 2 falls due at tonight's close
    assertThat(a.entry().lines())
        .containsExactlyInAnyOrder(
            JournalLine.debit(Account.CASH_CLEARING, m("1100.00")),
            JournalLine.credit(Account.PENALTY_RECEIVABLE, m("28.42")),
            JournalLine.credit(Account.INTEREST_RECEIVABLE, m("60.00")),
            JournalLine.credit(Account.LOANS_RECEIVABLE, m("980.26")),
            JournalLine.credit(Account.INTEREST_INCOME, m("31.32")));
    assertThat(a.settled()).isFalse();
  }

  @Test
  void penaltyFeeInterestPrincipalOrder() {
    // instalment fee 0.5% of 3000 = 15.00; by 20 Feb: 6 days (15..20 Feb) of penalty 0.98 = 5.88
    draw(aProduct().withFees("0", "0.005"));
    closeThrough(LocalDate.of(2024, 2, 20));
    Allocation a = pay("50.00", LocalDate.of(2024, 2, 21));
    assertThat(a.lines())
        .containsExactly(
            new AllocatedAmount(1, Component.PENALTY, m("5.88")),
            new AllocatedAmount(1, Component.FEE, m("15.00")),
            new AllocatedAmount(1, Component.INTEREST, m("29.12")));
    assertThat(loan.installment(1).unpaid(Component.PRINCIPAL)).isEqualTo(m("980.26"));
    assertThat(a.principalRepaid()).isEqualTo(Money.ZERO);
    assertThat(line.outstandingPrincipal()).isEqualTo(m("3000.00"));
  }

  @Test
  void productOrderDecidesTheComponentOrder() {
    draw(
        aProduct()
            .withOrder(Component.PRINCIPAL, Component.INTEREST, Component.FEE, Component.PENALTY));
    closeThrough(LocalDate.of(2024, 2, 20));
    Allocation a = pay("1000.00", LocalDate.of(2024, 2, 21));
    assertThat(a.lines())
        .containsExactly(
            new AllocatedAmount(1, Component.PRINCIPAL, m("980.26")),
            new AllocatedAmount(1, Component.INTEREST, m("19.74")));
  }

  @Test
  void partialPaymentsAddUpToAPaidInstalment() {
    closeThrough(LocalDate.of(2024, 2, 15));
    pay("40.00", LocalDate.of(2024, 2, 16));
    assertThat(loan.installment(1).status()).isEqualTo(InstallmentStatus.OVERDUE);
    // 1040.26 + the penalty of 15 Feb (0.98) − 40.00
    assertThat(loan.installment(1).unpaidTotal()).isEqualTo(m("1001.24"));
    pay("1001.24", LocalDate.of(2024, 2, 16));
    assertThat(loan.installment(1).status()).isEqualTo(InstallmentStatus.PAID);
    assertThat(loan.installment(2).paid(Component.INTEREST)).isEqualTo(Money.ZERO);
  }

  @Test
  void moneyLeftAfterEverythingDuePaysTheNextInstalmentsInAdvance() {
    Allocation a = pay("1100.00", LocalDate.of(2024, 2, 15));
    assertThat(loan.installment(1).status()).isEqualTo(InstallmentStatus.PAID);
    assertThat(a.allocatedTo(2)).isEqualTo(m("59.74"));
    assertThat(loan.installment(2).paid(Component.INTEREST)).isEqualTo(m("40.39"));
    assertThat(loan.installment(2).paid(Component.PRINCIPAL)).isEqualTo(m("19.35"));
    assertThat(loan.installment(2).status()).isEqualTo(InstallmentStatus.PENDING);
    // nothing was recognised yet: interest paid goes straight to income
    assertThat(a.entry().lines())
        .contains(JournalLine.credit(Account.INTEREST_INCOME, m("100.39")));
    assertThat(loan.status()).isEqualTo(LoanStatus.NORMAL);
  }

  @Test
  void payoffAccruesTheCurrentPeriodsInterestByDaysAndWaivesTheRest() {
    // 1 Feb: 17 of the 31 days of period 1 → 60.00 × 17/31 = 32.903 → 32.90
    Payoff payoff = Payoff.quote(loan, LocalDate.of(2024, 2, 1));
    assertThat(payoff.principal()).isEqualTo(m("3000.00"));
    assertThat(payoff.interest()).isEqualTo(m("32.90"));
    assertThat(payoff.total()).isEqualTo(m("3032.90"));

    Allocation a = pay("3032.90", LocalDate.of(2024, 2, 1));

    assertThat(a.settled()).isTrue();
    assertThat(loan.status()).isEqualTo(LoanStatus.SETTLED);
    assertThat(loan.endedOn()).contains(LocalDate.of(2024, 2, 1));
    assertThat(loan.installments())
        .allSatisfy(i -> assertThat(i.status()).isEqualTo(InstallmentStatus.PAID));
    // waived: 60.00 − 32.90 + 40.39 + 20.40 = 87.89, never income
    LoanSettled settled = a.settlement().orElseThrow();
    assertThat(settled.waivedInterest()).isEqualTo(m("87.89"));
    assertThat(loan.installment(1).waived(Component.INTEREST)).isEqualTo(m("27.10"));
    assertThat(a.entry().lines())
        .containsExactlyInAnyOrder(
            JournalLine.debit(Account.CASH_CLEARING, m("3032.90")),
            JournalLine.credit(Account.LOANS_RECEIVABLE, m("3000.00")),
            JournalLine.credit(Account.INTEREST_INCOME, m("32.90")));
    assertThat(line.outstandingPrincipal()).isEqualTo(Money.ZERO);
    assertThat(a.events())
        .hasAtLeastOneElementOfType(RepaymentPosted.class)
        .hasAtLeastOneElementOfType(LoanSettled.class);
  }

  @Test
  void payoffOwesAllArrearsAndTheCurrentPeriodsFee() {
    // fee 0.5% = 15.00 per instalment; on 1 Mar instalment 1 is overdue (penalty 15 days, 15..29
    // Feb, × 0.98 = 14.70),
    // period 2 runs 15 Feb..15 Mar (29 days), 15 elapsed: 40.39 × 15/29 = 20.891 → 20.89
    draw(aProduct().withFees("0", "0.005"));
    closeThrough(LocalDate.of(2024, 2, 29));
    Payoff payoff = Payoff.quote(loan, LocalDate.of(2024, 3, 1));
    assertThat(payoff.principal()).isEqualTo(m("3000.00"));
    assertThat(payoff.interest()).isEqualTo(m("80.89"));
    assertThat(payoff.fee()).isEqualTo(m("30.00"));
    assertThat(payoff.penalty()).isEqualTo(m("14.70"));
    Allocation a = pay(payoff.total().toPlainString(), LocalDate.of(2024, 3, 1));
    assertThat(a.settlement().orElseThrow().waivedFee()).isEqualTo(m("15.00"));
    // the loan was M1 at the last close: settlement takes it back to M0
    assertThat(a.events())
        .contains(new BucketChanged(1, Bucket.M1, Bucket.M0, LocalDate.of(2024, 3, 1), 0));
    assertThat(loan.bucket()).isEqualTo(Bucket.M0);
  }

  @Test
  void interestPaidInAdvanceIsNotRefundedAtSettlement() {
    pay("1100.00", LocalDate.of(2024, 2, 15));
    // 20 Feb: period 2 (15 Feb..15 Mar) accrued 40.39 × 5/29 = 6.96, already paid 40.39 → owes none
    Payoff payoff = Payoff.quote(loan, LocalDate.of(2024, 2, 20));
    assertThat(payoff.interest()).isEqualTo(Money.ZERO);
    assertThat(payoff.principal()).isEqualTo(m("2000.39"));
  }

  @Test
  void amountAbovePayoffIsRefusedWithThePayoff() {
    assertThatThrownBy(() -> pay("3032.91", LocalDate.of(2024, 2, 1)))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> {
              assertThat(e.code()).isEqualTo("payoff-exceeded");
              assertThat(e.field()).isEqualTo("amount");
            })
        .hasMessageContaining("3032.90");
    assertThat(loan.outstandingPrincipal()).isEqualTo(m("3000.00"));
  }

  @Test
  void settledLoanTakesNoMoreRepayments() {
    pay("3032.90", LocalDate.of(2024, 2, 1));
    assertThatThrownBy(() -> pay("1.00", LocalDate.of(2024, 2, 2)))
        .isInstanceOfSatisfying(
            ServicingException.class, e -> assertThat(e.code()).isEqualTo("loan-not-open"));
  }

  @Test
  void refusesARepaymentDatedBeforeTheLastClose() {
    closeThrough(LocalDate.of(2024, 2, 20));
    assertThatThrownBy(() -> pay("1.00", LocalDate.of(2024, 2, 19)))
        .isInstanceOfSatisfying(
            ServicingException.class, e -> assertThat(e.code()).isEqualTo("date-already-closed"));
    assertThatThrownBy(() -> pay("0.00", LocalDate.of(2024, 2, 21)))
        .isInstanceOfSatisfying(
            ServicingException.class, e -> assertThat(e.code()).isEqualTo("invalid-amount"));
  }

  @Test
  void payingEverythingOnTheLastDueDateSettlesWithNothingWaived() {
    closeThrough(LocalDate.of(2024, 4, 14));
    Money all = Payoff.quote(loan, LocalDate.of(2024, 4, 15)).total();
    Allocation a = postRepayment.post(loan, line, all, LocalDate.of(2024, 4, 15));
    assertThat(a.settlement().orElseThrow().waivedInterest()).isEqualTo(Money.ZERO);
    assertThat(loan.penaltyAccrued().isPositive()).isTrue();
  }
}
