package dev.creditloop.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Property
  void plainTextIsWhatTheExactDecimalPrints(@ForAll long minor) {
    assertThat(Money.ofMinor(minor).toPlainString())
        .isEqualTo(BigDecimal.valueOf(minor, 2).toPlainString());
  }

  @Test
  void plainTextAtTheEdges() {
    for (long minor :
        new long[] {
          0, 5, 10, 99, 100, 101, 94560, 123456789, -5, -100, -94561, Long.MAX_VALUE, Long.MIN_VALUE
        }) {
      assertThat(Money.ofMinor(minor).toPlainString())
          .as("%d fen", minor)
          .isEqualTo(BigDecimal.valueOf(minor, 2).toPlainString());
    }
    StringBuilder out = new StringBuilder("amount ");
    assertThat(Money.of("945.60").appendPlainTo(out)).hasToString("amount 945.60");
  }

  @Test
  void parsesAndPrintsTwoDecimals() {
    assertThat(Money.of("945.6").toPlainString()).isEqualTo("945.60");
    assertThat(Money.of("945").minor()).isEqualTo(94500);
    assertThat(Money.of("-0.01").minor()).isEqualTo(-1);
  }

  @Test
  void refusesMoreThanTwoDecimalsInsteadOfRounding() {
    assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(ArithmeticException.class);
    assertThat(Money.of("1.0500").minor()).isEqualTo(105);
  }

  @Test
  void roundingIsNamedAtEachLossyOperation() {
    Money m = Money.of("100.00");
    assertThat(m.times(new BigDecimal("0.00125"), RoundingMode.HALF_UP).toPlainString())
        .isEqualTo("0.13");
    assertThat(m.times(new BigDecimal("0.00125"), RoundingMode.DOWN).toPlainString())
        .isEqualTo("0.12");
    assertThat(Money.of("10.00").dividedBy(3, RoundingMode.HALF_UP).toPlainString())
        .isEqualTo("3.33");
  }

  @Property
  void plusThenMinusIsIdentity(@ForAll int a, @ForAll int b) {
    Money x = Money.ofMinor(a);
    assertThat(x.plus(Money.ofMinor(b)).minus(Money.ofMinor(b))).isEqualTo(x);
  }
}
