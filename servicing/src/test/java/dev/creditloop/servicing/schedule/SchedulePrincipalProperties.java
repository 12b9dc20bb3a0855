package dev.creditloop.servicing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SchedulePrincipalProperties {

  @Provide
  Arbitrary<Rate> rates() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("0.36"))
        .ofScale(4)
        .map(Rate::of);
  }

  @Provide
  Arbitrary<LocalDate> starts() {
    return Arbitraries.integers()
        .between(0, 3 * 366)
        .map(d -> LocalDate.of(2023, 1, 1).plusDays(d));
  }

  @Property(tries = 500)
  void principalSumsToTheLoanAmountForEveryMonthlyMethod(
      @ForAll RepaymentMethod method,
      @ForAll @LongRange(min = 1, max = 100_000_000) long principalFen,
      @ForAll("rates") Rate rate,
      @ForAll @IntRange(min = 1, max = 60) int months,
      @ForAll("starts") LocalDate start) {
    RepaymentSchedule s =
        RepaymentSchedule.plan(
            ScheduleTerms.of(
                method, Money.ofMinor(principalFen), rate, Term.months(months), start, null));
    assertThat(s.totalPrincipal()).isEqualTo(Money.ofMinor(principalFen));
    assertThat(s.installments())
        .allSatisfy(
            i -> {
              assertThat(i.principal().isNegative()).isFalse();
              assertThat(i.interest().isNegative()).isFalse();
            });
    for (int k = 1; k < s.installments().size(); k++) {
      assertThat(s.installments().get(k).dueDate()).isAfter(s.installments().get(k - 1).dueDate());
    }
    assertThat(s.apr().isNegative()).isFalse();
  }

  @Property(tries = 200)
  void principalSumsToTheLoanAmountForDayBullets(
      @ForAll @LongRange(min = 1, max = 100_000_000) long principalFen,
      @ForAll("rates") Rate rate,
      @ForAll @IntRange(min = 1, max = 365) int days,
      @ForAll DayCountBasis basis) {
    RepaymentSchedule s =
        RepaymentSchedule.plan(
            ScheduleTerms.of(
                RepaymentMethod.BULLET,
                Money.ofMinor(principalFen),
                rate,
                Term.days(days),
                LocalDate.of(2024, 1, 1),
                basis));
    assertThat(s.totalPrincipal()).isEqualTo(Money.ofMinor(principalFen));
  }
}
