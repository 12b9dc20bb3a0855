package dev.creditloop.servicing.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.schedule.DayCountBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class PenaltyRuleTest {

  @Test
  void oneDayOfPenaltyIsRoundedHalfUp() {
    PenaltyRule rule = new PenaltyRule(Rate.of("0.36"), DayCountBasis.D360, 0);
    // 1000.00 × 0.36 / 360 = 1.00
    assertThat(rule.daily(Money.of("1000.00"))).isEqualTo(Money.of("1.00"));
    // 745.60 × 0.001 = 0.7456 → 0.75
    assertThat(rule.daily(Money.of("745.60"))).isEqualTo(Money.of("0.75"));
    // 5.00 × 0.001 = 0.005 → 0.01 (half up)
    assertThat(rule.daily(Money.of("5.00"))).isEqualTo(Money.of("0.01"));
    assertThat(rule.daily(Money.of("4.99"))).isEqualTo(Money.ZERO);
  }

  @Test
  void graceIsNotRetroactive() {
    // the argument is the day's dpd: with grace 3, dpd 1-3 are free, dpd 4 is the first penalty day
    PenaltyRule rule = new PenaltyRule(Rate.of("0.36"), DayCountBasis.D360, 3);
    assertThat(rule.charges(3)).isFalse();
    assertThat(rule.charges(4)).isTrue();
  }

  @Property
  void longArithmeticAgreesWithBigDecimal(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long principal,
      @ForAll @BigRange(min = "0", max = "2") @Scale(6) BigDecimal rate,
      @ForAll DayCountBasis basis) {
    PenaltyRule rule = new PenaltyRule(Rate.of(rate), basis, 0);
    long expected =
        BigDecimal.valueOf(principal)
            .multiply(rate)
            .divide(BigDecimal.valueOf(basis.days()), 0, RoundingMode.HALF_UP)
            .longValueExact();
    assertThat(rule.dailyMinor(principal)).isEqualTo(expected);
  }
}
