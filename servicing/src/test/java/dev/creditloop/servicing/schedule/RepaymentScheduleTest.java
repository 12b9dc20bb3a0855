package dev.creditloop.servicing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.ServicingException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepaymentScheduleTest {

  private static final LocalDate JAN_15 = LocalDate.of(2024, 1, 15);

  private static RepaymentSchedule plan(
      RepaymentMethod method, String principal, String rate, Term term) {
    return RepaymentSchedule.plan(
        ScheduleTerms.of(
            method, Money.of(principal), Rate.of(rate), term, JAN_15, DayCountBasis.D360));
  }

  private static void assertInstallment(PlannedInstallment i, String principal, String interest) {
    assertThat(i.principal()).as("principal of %d", i.number()).isEqualTo(Money.of(principal));
    assertThat(i.interest()).as("interest of %d", i.number()).isEqualTo(Money.of(interest));
  }

  @Test
  void annuityOfTenThousandAt24PercentFor12Months() {
    // r = 0.02; (1.02)^12 = 1.2682418; payment = 10000 × 0.02 × 1.2682418 / 0.2682418 = 945.5960 →
    // 945.60
    // 1: interest 10000 × 0.02 = 200.00, principal 945.60 − 200.00 = 745.60, balance 9254.40
    // 2: interest 9254.40 × 0.02 = 185.088 → 185.09, principal 760.51, balance 8493.89
    // 12: balance left 927.01, interest 927.01 × 0.02 = 18.5402 → 18.54, payment 945.55
    RepaymentSchedule s = plan(RepaymentMethod.ANNUITY, "10000.00", "0.24", Term.months(12));
    List<PlannedInstallment> i = s.installments();
    assertThat(i).hasSize(12);
    assertInstallment(i.get(0), "745.60", "200.00");
    assertInstallment(i.get(1), "760.51", "185.09");
    assertInstallment(i.get(11), "927.01", "18.54");
    assertThat(i.subList(0, 11))
        .allSatisfy(p -> assertThat(p.total()).isEqualTo(Money.of("945.60")));
    assertThat(i.get(11).total()).isEqualTo(Money.of("945.55"));
    assertThat(s.totalPrincipal()).isEqualTo(Money.of("10000.00"));
    assertThat(s.totalInterest()).isEqualTo(Money.of("1347.15"));
    assertThat(i.get(0).dueDate()).isEqualTo(LocalDate.of(2024, 2, 15));
    assertThat(s.maturityDate()).isEqualTo(LocalDate.of(2025, 1, 15));
  }

  @Test
  void annuityAtZeroRateSplitsPrincipalEqually() {
    RepaymentSchedule s = plan(RepaymentMethod.ANNUITY, "100.00", "0", Term.months(3));
    assertInstallment(s.installments().get(0), "33.33", "0.00");
    assertInstallment(s.installments().get(2), "33.34", "0.00");
  }

  @Test
  void equalPrincipalPutsTheRoundingResidueInTheLastInstalment() {
    // principal 10000 / 3 = 3333.333 → 3333.33, 3333.33, residue 3333.34
    // interest 10000 × 0.02 = 200.00; 6666.67 × 0.02 = 133.3334 → 133.33; 3333.34 × 0.02 = 66.6668
    // → 66.67
    RepaymentSchedule s = plan(RepaymentMethod.EQUAL_PRINCIPAL, "10000.00", "0.24", Term.months(3));
    assertInstallment(s.installments().get(0), "3333.33", "200.00");
    assertInstallment(s.installments().get(1), "3333.33", "133.33");
    assertInstallment(s.installments().get(2), "3333.34", "66.67");
  }

  @Test
  void flatChargesInterestOnTheOriginalPrincipalEveryPeriod() {
    // principal 10000 / 12 = 833.33 (11 ×), last 10000 − 9166.63 = 833.37; interest 10000 × 0.01 =
    // 100.00
    RepaymentSchedule s = plan(RepaymentMethod.FLAT, "10000.00", "0.12", Term.months(12));
    assertThat(s.installments().subList(0, 11))
        .allSatisfy(i -> assertInstallment(i, "833.33", "100.00"));
    assertInstallment(s.installments().get(11), "833.37", "100.00");
    assertThat(s.totalInterest()).isEqualTo(Money.of("1200.00"));
  }

  @Test
  void interestFirstRepaysAllPrincipalAtMaturity() {
    // 10000 × 0.18 / 12 = 150.00 each month
    RepaymentSchedule s = plan(RepaymentMethod.INTEREST_FIRST, "10000.00", "0.18", Term.months(6));
    assertThat(s.installments().subList(0, 5))
        .allSatisfy(i -> assertInstallment(i, "0.00", "150.00"));
    assertInstallment(s.installments().get(5), "10000.00", "150.00");
  }

  @Test
  void bulletOverMonthsPaysOnceAtMaturity() {
    // 5000 × 0.02 × 3 = 300.00, due 15 Apr
    RepaymentSchedule s = plan(RepaymentMethod.BULLET, "5000.00", "0.24", Term.months(3));
    assertThat(s.installments()).hasSize(1);
    assertInstallment(s.installments().get(0), "5000.00", "300.00");
    assertThat(s.installments().get(0).dueDate()).isEqualTo(LocalDate.of(2024, 4, 15));
  }

  @Test
  void bulletOverDaysUsesTheDayCountBasis() {
    // 1000 × 0.36 / 360 × 14 = 14.00; on 365 days: 1000 × 0.36 × 14 / 365 = 13.808 → 13.81
    RepaymentSchedule d360 = plan(RepaymentMethod.BULLET, "1000.00", "0.36", Term.days(14));
    assertInstallment(d360.installments().get(0), "1000.00", "14.00");
    assertThat(d360.installments().get(0).dueDate()).isEqualTo(LocalDate.of(2024, 1, 29));
    RepaymentSchedule d365 =
        RepaymentSchedule.plan(
            ScheduleTerms.of(
                RepaymentMethod.BULLET,
                Money.of("1000.00"),
                Rate.of("0.36"),
                Term.days(14),
                JAN_15,
                DayCountBasis.D365));
    assertInstallment(d365.installments().get(0), "1000.00", "13.81");
  }

  @Test
  void dueDatesFromThe31stClampToMonthEndInALeapYear() {
    RepaymentSchedule s =
        RepaymentSchedule.plan(
            ScheduleTerms.of(
                RepaymentMethod.EQUAL_PRINCIPAL,
                Money.of("600.00"),
                Rate.of("0.12"),
                Term.months(4),
                LocalDate.of(2024, 1, 31),
                null));
    assertThat(s.installments().stream().map(PlannedInstallment::dueDate))
        .containsExactly(
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 3, 31),
            LocalDate.of(2024, 4, 30),
            LocalDate.of(2024, 5, 31));
  }

  @Test
  void dueDatesFromThe31stClampToMonthEndInACommonYear() {
    RepaymentSchedule s =
        RepaymentSchedule.plan(
            ScheduleTerms.of(
                RepaymentMethod.ANNUITY,
                Money.of("600.00"),
                Rate.of("0.12"),
                Term.months(3),
                LocalDate.of(2023, 1, 31),
                null));
    // never chained: after 28 Feb comes 31 Mar, not 28 Mar
    assertThat(s.installments().stream().map(PlannedInstallment::dueDate))
        .containsExactly(
            LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 30));
  }

  @Test
  void feesAreAddedUpfrontToTheFirstInstalmentAndPerInstalmentToEach() {
    // upfront 10000 × 0.01 = 100.00 once; per instalment 10000 × 0.005 = 50.00
    RepaymentSchedule s =
        RepaymentSchedule.plan(
            new ScheduleTerms(
                RepaymentMethod.ANNUITY,
                Money.of("10000.00"),
                Rate.of("0.24"),
                Term.months(12),
                JAN_15,
                DayCountBasis.D360,
                new Fees(Rate.of("0.01"), Rate.of("0.005"))));
    assertThat(s.installments().get(0).fee()).isEqualTo(Money.of("150.00"));
    assertThat(s.installments().get(0).total()).isEqualTo(Money.of("1095.60"));
    assertThat(s.installments().subList(1, 12))
        .allSatisfy(i -> assertThat(i.fee()).isEqualTo(Money.of("50.00")));
    assertThat(s.totalFee()).isEqualTo(Money.of("700.00"));
  }

  @Test
  void dayTermsAllowOnlyBullet() {
    assertThatThrownBy(() -> plan(RepaymentMethod.ANNUITY, "1000.00", "0.24", Term.days(30)))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> {
              assertThat(e.code()).isEqualTo("invalid-terms");
              assertThat(e.field()).isEqualTo("method");
            });
  }

  @Test
  void refusesANonPositivePrincipalAndANegativeRate() {
    assertThatThrownBy(() -> plan(RepaymentMethod.ANNUITY, "0.00", "0.24", Term.months(3)))
        .isInstanceOfSatisfying(
            ServicingException.class, e -> assertThat(e.field()).isEqualTo("principal"));
    assertThatThrownBy(() -> plan(RepaymentMethod.ANNUITY, "100.00", "-0.01", Term.months(3)))
        .isInstanceOfSatisfying(
            ServicingException.class, e -> assertThat(e.field()).isEqualTo("annualRate"));
    assertThatThrownBy(() -> Term.months(0))
        .isInstanceOfSatisfying(
            ServicingException.class, e -> assertThat(e.field()).isEqualTo("term"));
  }
}
