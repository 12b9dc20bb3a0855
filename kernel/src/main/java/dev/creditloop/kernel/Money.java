package dev.creditloop.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of the book's single currency (CNY), held as whole minor units (fen).
 *
 * <p>Every operation that can lose precision takes a {@link RoundingMode}; parsing never rounds: an
 * amount with more than two decimals is refused, as Joda-Money refuses a scale larger than the
 * currency's.
 */
public record Money(long minor) implements Comparable<Money> {

  public static final Money ZERO = new Money(0);
  private static final int SCALE = 2;

  public static Money ofMinor(long minor) {
    return minor == 0 ? ZERO : new Money(minor);
  }

  /** Parses "945.60", "945.6" or "945"; refuses more than two decimals. */
  public static Money of(String amount) {
    BigDecimal value;
    try {
      value = new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal amount: " + amount);
    }
    return of(value);
  }

  /** Exact conversion; refuses a scale above two instead of rounding silently. */
  public static Money of(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > SCALE) {
      throw new ArithmeticException(
          "scale of amount " + amount.toPlainString() + " is greater than 2");
    }
    return ofMinor(amount.movePointRight(SCALE).longValueExact());
  }

  /** Rounds an exact decimal to the nearest minor unit with the given mode. */
  public static Money rounded(BigDecimal amount, RoundingMode mode) {
    return ofMinor(amount.setScale(SCALE, mode).movePointRight(SCALE).longValueExact());
  }

  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(minor, SCALE);
  }

  /** Always two decimals: "945.60". */
  public String toPlainString() {
    return appendPlainTo(new StringBuilder(24)).toString();
  }

  /** Appends {@link #toPlainString()}'s text without building a BigDecimal (bulk writers, JSON). */
  public StringBuilder appendPlainTo(StringBuilder out) {
    if (minor == Long.MIN_VALUE) {
      return out.append(toBigDecimal().toPlainString());
    }
    long abs = Math.abs(minor);
    if (minor < 0) {
      out.append('-');
    }
    long cents = abs % 100;
    return out.append(abs / 100)
        .append('.')
        .append((char) ('0' + cents / 10))
        .append((char) ('0' + cents % 10));
  }

  public Money plus(Money other) {
    return ofMinor(Math.addExact(minor, other.minor));
  }

  public Money minus(Money other) {
    return ofMinor(Math.subtractExact(minor, other.minor));
  }

  public Money negate() {
    return ofMinor(Math.negateExact(minor));
  }

  public Money times(long factor) {
    return ofMinor(Math.multiplyExact(minor, factor));
  }

  /** this × factor, rounded to the minor unit with the given mode. */
  public Money times(BigDecimal factor, RoundingMode mode) {
    return rounded(toBigDecimal().multiply(factor), mode);
  }

  /** this ÷ divisor, rounded to the minor unit with the given mode. */
  public Money dividedBy(long divisor, RoundingMode mode) {
    return rounded(toBigDecimal().divide(BigDecimal.valueOf(divisor), SCALE, mode), mode);
  }

  public Money min(Money other) {
    return minor <= other.minor ? this : other;
  }

  public Money max(Money other) {
    return minor >= other.minor ? this : other;
  }

  public boolean isZero() {
    return minor == 0;
  }

  public boolean isPositive() {
    return minor > 0;
  }

  public boolean isNegative() {
    return minor < 0;
  }

  public boolean isGreaterThan(Money other) {
    return minor > other.minor;
  }

  public boolean isLessThan(Money other) {
    return minor < other.minor;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return toPlainString();
  }
}
