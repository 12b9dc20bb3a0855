package dev.creditloop.servicing.schedule;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The APR (年化利率) as the regulators define it: the annualised internal rate of return of the real
 * cash flows, fees included. A double solver is enough: the result is a disclosed rate rounded to
 * six decimals, never an amount of money.
 */
final class AnnualPercentageRate {

  private static final int DECIMALS = 6;

  private AnnualPercentageRate() {}

  /**
   * Month terms: −P at the start, each instalment's total at its period k, periods taken as equal
   * (the regulatory IRR method); APR = monthly IRR × 12.
   */
  static Rate ofMonthly(Money principal, List<PlannedInstallment> installments, int periods) {
    double[] flows = new double[periods + 1];
    for (PlannedInstallment i : installments) {
      // a month-term bullet pays once, at period n
      int period = installments.size() == 1 ? periods : i.number();
      flows[period] += i.total().toBigDecimal().doubleValue();
    }
    double monthly = irr(principal.toBigDecimal().doubleValue(), flows);
    return Rate.of(BigDecimal.valueOf(monthly * 12).setScale(DECIMALS, RoundingMode.HALF_UP));
  }

  /**
   * Day terms (single-payment bullet): the term is one period of d days, so the APR is the period's
   * return scaled to the basis: (total − P) / P × basis / d. Exact.
   */
  static Rate ofDays(Money principal, Money total, int days, DayCountBasis basis) {
    BigDecimal ret =
        total.minus(principal).toBigDecimal().divide(principal.toBigDecimal(), Rate.PRECISION);
    BigDecimal apr =
        ret.multiply(BigDecimal.valueOf(basis.days()))
            .divide(BigDecimal.valueOf(days), Rate.PRECISION);
    return Rate.of(apr.setScale(DECIMALS, RoundingMode.HALF_UP));
  }

  /** The rate i with Σ flows[k] / (1+i)^k = principal: Newton, bisection if Newton strays. */
  static double irr(double principal, double[] flows) {
    double i = 0.01;
    for (int iteration = 0; iteration < 100; iteration++) {
      double f = -principal;
      double df = 0;
      double discount = 1 / (1 + i);
      double d = 1;
      for (int k = 1; k < flows.length; k++) {
        d *= discount;
        f += flows[k] * d;
        df -= k * flows[k] * d * discount;
      }
      double next = i - f / df;
      if (!Double.isFinite(next) || next <= -0.99) {
        break;
      }
      if (Math.abs(next - i) < 1e-13) {
        return next;
      }
      i = next;
    }
    return bisection(principal, flows);
  }

  private static double bisection(double principal, double[] flows) {
    // present value falls as the rate rises, since every flow after the start is non-negative
    double lo = -0.99;
    double hi = 1;
    while (presentValue(hi, flows) > principal && hi < 1e6) {
      hi *= 2;
    }
    for (int iteration = 0; iteration < 200 && hi - lo > 1e-15; iteration++) {
      double mid = (lo + hi) / 2;
      if (presentValue(mid, flows) > principal) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  private static double presentValue(double i, double[] flows) {
    double pv = 0;
    double discount = 1 / (1 + i);
    double d = 1;
    for (int k = 1; k < flows.length; k++) {
      d *= discount;
      pv += flows[k] * d;
    }
    return pv;
  }
}
