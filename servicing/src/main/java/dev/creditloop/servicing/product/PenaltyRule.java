package dev.creditloop.servicing.product;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.schedule.DayCountBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Penalty interest (罚息) on overdue principal: for every overdue day beyond the grace days, one
 * day's penalty = round_HALF_UP(overdue principal × annual penalty rate / basis). Overdue days are
 * counted as dpd is: the close of the due date D is overdue day 1 (dpd after closing day X = (X +
 * 1) − D). The grace is not retroactive: penalty accrues from the day whose dpd is graceDays + 1,
 * so with no grace the due date's own close bears the first day.
 *
 * <p>The daily close computes this for every overdue loan, so the rate is turned once into an exact
 * integer fraction and the usual case stays in long arithmetic.
 */
public final class PenaltyRule {

  private final Rate annualRate;
  private final DayCountBasis basis;
  private final int graceDays;
  private final long numerator;
  private final long denominator;

  public PenaltyRule(Rate annualRate, DayCountBasis basis, int graceDays) {
    this.annualRate = Objects.requireNonNull(annualRate, "annualRate");
    this.basis = Objects.requireNonNull(basis, "basis");
    if (annualRate.isNegative() || graceDays < 0) {
      throw new IllegalArgumentException("penalty rate and grace days must not be negative");
    }
    this.graceDays = graceDays;
    BigDecimal rate = annualRate.value().stripTrailingZeros();
    long num = 0;
    long den = 0;
    if (rate.scale() <= 12 && rate.precision() - rate.scale() <= 6) {
      BigDecimal scaled = rate.scale() < 0 ? rate.setScale(0) : rate;
      num = scaled.unscaledValue().longValueExact();
      den = PowersOfTen.of(scaled.scale()) * basis.days();
    }
    this.numerator = num;
    this.denominator = den;
  }

  public Rate annualRate() {
    return annualRate;
  }

  public DayCountBasis basis() {
    return basis;
  }

  public int graceDays() {
    return graceDays;
  }

  /**
   * Whether principal {@code daysPastDue} days past due (1 at the close of its due date) bears that
   * day's penalty.
   */
  public boolean charges(long daysPastDue) {
    return daysPastDue > graceDays;
  }

  public Money daily(Money overduePrincipal) {
    return Money.ofMinor(dailyMinor(overduePrincipal.minor()));
  }

  /** One day's penalty, in fen, on an overdue principal in fen. */
  public long dailyMinor(long overduePrincipal) {
    if (overduePrincipal <= 0 || annualRate.isZero()) {
      return 0;
    }
    if (denominator != 0 && Math.multiplyHigh(overduePrincipal, numerator) == 0) {
      long product = overduePrincipal * numerator;
      if (product >= 0 && product <= Long.MAX_VALUE - denominator) {
        // HALF_UP for a positive fraction
        return (product + denominator / 2) / denominator;
      }
    }
    return BigDecimal.valueOf(overduePrincipal)
        .multiply(annualRate.value())
        .divide(BigDecimal.valueOf(basis.days()), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PenaltyRule r
        && r.annualRate.equals(annualRate)
        && r.basis == basis
        && r.graceDays == graceDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(annualRate, basis, graceDays);
  }

  @Override
  public String toString() {
    return "PenaltyRule[" + annualRate + "/" + basis.days() + ", grace " + graceDays + " days]";
  }
}
