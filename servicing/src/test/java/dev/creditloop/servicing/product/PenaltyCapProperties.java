package dev.creditloop.servicing.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.schedule.DayCountBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

class PenaltyCapProperties {

  @Property
  void longArithmeticAgreesWithBigDecimal(
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long principal,
      @ForAll @LongRange(min = 1, max = 20_000) long days,
      @ForAll @BigRange(min = "0", max = "5") @Scale(6) BigDecimal rate,
      @ForAll DayCountBasis basis) {
    PenaltyCap cap = new PenaltyCap(Rate.of(rate), Rate.of(rate), basis);
    long byCost =
        BigDecimal.valueOf(principal)
            .multiply(rate)
            .multiply(BigDecimal.valueOf(days))
            .divide(BigDecimal.valueOf(basis.days()), 0, RoundingMode.FLOOR)
            .longValueExact();
    assertThat(cap.byAnnualisedCost(principal, days, 0)).isEqualTo(byCost);
    long byShare =
        BigDecimal.valueOf(principal)
            .multiply(rate)
            .setScale(0, RoundingMode.FLOOR)
            .longValueExact();
    assertThat(cap.byOverduePrincipal(principal)).isEqualTo(byShare);
  }
}
