package dev.creditloop.servicing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnnualPercentageRateTest {

  private static final LocalDate START = LocalDate.of(2024, 3, 1);

  private static BigDecimal apr(RepaymentMethod method, String rate, Term term, Fees fees) {
    return RepaymentSchedule.plan(
            new ScheduleTerms(
                method, Money.of("10000.00"), Rate.of(rate), term, START, DayCountBasis.D360, fees))
        .apr()
        .value();
  }

  @Test
  void annuityAprIsItsNominalRate() {
    // the payment is rounded up from 945.5960 to 945.60, so the IRR is a hair above 2% a month
    assertThat(apr(RepaymentMethod.ANNUITY, "0.24", Term.months(12), Fees.NONE).doubleValue())
        .isCloseTo(0.24, within(1e-4));
    assertThat(
            apr(RepaymentMethod.EQUAL_PRINCIPAL, "0.24", Term.months(12), Fees.NONE).doubleValue())
        .isCloseTo(0.24, within(1e-4));
  }

  @Test
  void flatAprIsAlmostTwiceItsNominalRate() {
    // 11 payments of 933.33 and one of 933.37 for 10,000.00: the monthly i with
    // Σ 933.33/(1+i)^k + 0.04/(1+i)^12 = 10000 is 0.0178809 (annuity factor 10000/933.33 = 10.7143;
    // at i = 1.79%: (1 − 1.0179^−12)/0.0179 = 10.7134), so APR = 12 × 0.0178809 = 0.214571
    assertThat(apr(RepaymentMethod.FLAT, "0.12", Term.months(12), Fees.NONE))
        .isEqualByComparingTo("0.214571");
  }

  @Test
  void feesRaiseTheApr() {
    // 150.00 with the first instalment and 50.00 with each: IRR × 12 = 0.361471
    assertThat(
            apr(
                RepaymentMethod.ANNUITY,
                "0.24",
                Term.months(12),
                new Fees(Rate.of("0.01"), Rate.of("0.005"))))
        .isEqualByComparingTo("0.361471");
  }

  @Test
  void monthBulletCompoundsOverItsTerm() {
    // one payment of 12,400.00 after 12 periods: (1.24)^(1/12) − 1 = 0.0180876, × 12 = 0.217051
    assertThat(apr(RepaymentMethod.BULLET, "0.24", Term.months(12), Fees.NONE))
        .isEqualByComparingTo("0.217051");
  }

  @Test
  void dayBulletIsInterestOverPrincipalScaledToTheBasis() {
    // 1,000.00 for 14 days at 0.36 on 360: interest 14.00, APR = 14/1000 × 360/14 = 0.36
    RepaymentSchedule s =
        RepaymentSchedule.plan(
            ScheduleTerms.of(
                RepaymentMethod.BULLET,
                Money.of("1000.00"),
                Rate.of("0.36"),
                Term.days(14),
                START,
                DayCountBasis.D360));
    assertThat(s.apr().value()).isEqualByComparingTo("0.360000");
    // with an up-front fee of 1%: (14.00 + 10.00)/1000 × 360/14 = 0.617143
    RepaymentSchedule withFee =
        RepaymentSchedule.plan(
            new ScheduleTerms(
                RepaymentMethod.BULLET,
                Money.of("1000.00"),
                Rate.of("0.36"),
                Term.days(14),
                START,
                DayCountBasis.D360,
                new Fees(Rate.of("0.01"), Rate.ZERO)));
    assertThat(withFee.apr().value()).isEqualByComparingTo("0.617143");
  }

  @Test
  void zeroRateHasZeroApr() {
    assertThat(apr(RepaymentMethod.ANNUITY, "0", Term.months(6), Fees.NONE))
        .isEqualByComparingTo("0");
  }

  @Test
  void solverFindsLargeRatesByBisectionWhenNeeded() {
    // one period, 100 paid back as 300: i = 2 exactly
    assertThat(AnnualPercentageRate.irr(100, new double[] {0, 300})).isCloseTo(2.0, within(1e-9));
  }
}
