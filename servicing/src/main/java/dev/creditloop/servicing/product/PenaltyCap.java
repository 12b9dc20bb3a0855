package dev.creditloop.servicing.product;

import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.schedule.DayCountBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How far penalty may go on one loan (罚息上限). On each penalty day the day's charge is cut so that
 * neither bound is passed, and once one is reached the penalty stops (it resumes only if the bound
 * grows, e.g. more principal falls overdue or the days outstanding grow):
 *
 * <ul>
 *   <li>Share of the overdue principal: the penalty charged over the loan's life (paid or not) ≤
 *       floor(share × overdue principal), where the overdue principal is the unpaid principal of
 *       the loan's OVERDUE instalments that day. Null share: no such bound.
 *   <li>Comprehensive annualised cost (综合年化成本) within the APR cap: cost on day X = (interest + fees
 *       of the instalments due on or before X + penalty charged through X) / principal × basis /
 *       days outstanding, with days outstanding = X − drawdown date + 1 (the days that have borne
 *       interest or penalty through the close of X). The penalty through X may reach floor(APR cap
 *       × principal × days outstanding / basis) − those interest and fees, no more. Null cap: no
 *       such bound.
 * </ul>
 *
 * <p>Both bounds are rounded down to the fen, so a capped loan's cost never exceeds the cap.
 */
public final class PenaltyCap {

  private final Rate share;
  private final Rate aprCap;
  private final DayCountBasis basis;

  /**
   * The rates as exact integer fractions, for long arithmetic on the close's hot path (0 = use
   * BigDecimal).
   */
  private final long shareNumerator;

  private final long shareDenominator;
  private final long capNumerator;
  private final long capDenominator;

  public PenaltyCap(Rate share, Rate aprCap, DayCountBasis basis) {
    if (share != null && share.isNegative()) {
      throw new IllegalArgumentException("penalty cap share must not be negative: " + share);
    }
    this.share = share;
    this.aprCap = aprCap;
    this.basis = Objects.requireNonNull(basis, "basis");
    long[] s = fraction(share, 1);
    long[] c = fraction(aprCap, basis.days());
    this.shareNumerator = s[0];
    this.shareDenominator = s[1];
    this.capNumerator = c[0];
    this.capDenominator = c[1];
  }

  /**
   * rate / divisor as {numerator, denominator} when both fit comfortably in a long, else {0, 0}.
   */
  private static long[] fraction(Rate rate, int divisor) {
    if (rate == null) {
      return new long[] {0, 0};
    }
    BigDecimal r = rate.value().stripTrailingZeros();
    if (r.scale() < 0) {
      r = r.setScale(0);
    }
    if (r.scale() > 12 || r.precision() - r.scale() > 6) {
      return new long[] {0, 0};
    }
    return new long[] {r.unscaledValue().longValueExact(), PowersOfTen.of(r.scale()) * divisor};
  }

  /** floor(a × numerator / denominator) for a ≥ 0, in long arithmetic when it cannot overflow. */
  private static long floorTimes(
      long a, long numerator, long denominator, BigDecimal rate, int divisor) {
    if (denominator != 0 && Math.multiplyHigh(a, numerator) == 0) {
      long product = a * numerator;
      if (product >= 0) {
        return product / denominator;
      }
    }
    return BigDecimal.valueOf(a)
        .multiply(rate)
        .divide(BigDecimal.valueOf(divisor), 0, RoundingMode.FLOOR)
        .longValueExact();
  }

  public boolean isNone() {
    return share == null && aprCap == null;
  }

  /**
   * The most penalty the loan may have been charged over its life, in fen, by the share of its
   * overdue principal.
   */
  public long byOverduePrincipal(long overduePrincipal) {
    return share == null
        ? Long.MAX_VALUE
        : floorTimes(overduePrincipal, shareNumerator, shareDenominator, share.value(), 1);
  }

  /**
   * The most penalty the loan may have been charged through a day, in fen, by its comprehensive
   * annualised cost: floor(APR cap × principal × days outstanding / basis) − interest and fees due
   * by that day (never below 0).
   */
  public long byAnnualisedCost(long principal, long daysOutstanding, long interestAndFeesDue) {
    if (aprCap == null) {
      return Long.MAX_VALUE;
    }
    long allowedCost =
        floorTimes(
            Math.multiplyExact(principal, daysOutstanding),
            capNumerator,
            capDenominator,
            aprCap.value(),
            basis.days());
    return Math.max(0, allowedCost - interestAndFeesDue);
  }

  /**
   * Of a day's penalty {@code daily}, what may be charged given {@code charged} so far and the two
   * bounds.
   */
  public long allow(long daily, long charged, long byOverduePrincipal, long byAnnualisedCost) {
    long room = Math.min(byOverduePrincipal, byAnnualisedCost) - charged;
    return Math.max(0, Math.min(daily, room));
  }

  @Override
  public String toString() {
    return "PenaltyCap[share " + share + ", APR cap " + aprCap + "]";
  }
}
