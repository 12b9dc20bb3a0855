package dev.creditloop.kernel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact decimal rate such as an annual interest rate of 0.24. Never a double.
 *
 * <p>Derived rates (per month, per day) keep {@link #PRECISION} significant digits, far more than
 * any amount rounded to the fen can show.
 */
public record Rate(BigDecimal value) implements Comparable<Rate> {

  public static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);
  public static final Rate ZERO = new Rate(BigDecimal.ZERO);

  public Rate {
    if (value == null) {
      throw new IllegalArgumentException("rate is required");
    }
  }

  public static Rate of(String value) {
    try {
      return new Rate(new BigDecimal(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal rate: " + value);
    }
  }

  public static Rate of(BigDecimal value) {
    return new Rate(value);
  }

  public Rate dividedBy(int periods) {
    return new Rate(value.divide(BigDecimal.valueOf(periods), PRECISION));
  }

  public Rate times(int factor) {
    return new Rate(value.multiply(BigDecimal.valueOf(factor)));
  }

  public boolean isNegative() {
    return value.signum() < 0;
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public int compareTo(Rate other) {
    return value.compareTo(other.value);
  }

  /** Plain decimal without trailing zeros beyond two places: "0.24", "0.1825". */
  public String toPlainString() {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
  }

  @Override
  public String toString() {
    return toPlainString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rate r && r.value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }
}
