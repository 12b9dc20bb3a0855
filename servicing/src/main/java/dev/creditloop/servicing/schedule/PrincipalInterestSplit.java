package dev.creditloop.servicing.schedule;

import static dev.creditloop.servicing.schedule.RepaymentSchedule.ROUNDING;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The interest and rounding rules of every method, in one place: how principal and interest of a
 * loan split into n periods at the periodic rate r. Amounts are rounded HALF_UP to the fen per
 * instalment; the last instalment takes the principal residue.
 */
final class PrincipalInterestSplit {

  record Split(Money principal, Money interest) {}

  private PrincipalInterestSplit() {}

  static List<Split> of(RepaymentMethod method, Money p, BigDecimal r, int n) {
    return switch (method) {
      case ANNUITY -> annuity(p, r, n);
      case EQUAL_PRINCIPAL -> equalPrincipal(p, r, n);
      case FLAT -> flat(p, r, n);
      case INTEREST_FIRST -> interestFirst(p, r, n);
      case BULLET -> List.of(new Split(p, p.times(r.multiply(BigDecimal.valueOf(n)), ROUNDING)));
    };
  }

  /** Day-term bullet: interest = P × annual × days / basis, rounded once. */
  static Split bulletDays(Money p, Rate annual, int days, DayCountBasis basis) {
    BigDecimal factor =
        annual
            .value()
            .multiply(BigDecimal.valueOf(days))
            .divide(BigDecimal.valueOf(basis.days()), Rate.PRECISION);
    return new Split(p, p.times(factor, ROUNDING));
  }

  /**
   * payment = round(P·r(1+r)^n / ((1+r)^n − 1)); interest_k = round(balance·r); principal_k =
   * payment − interest_k, the last instalment the whole remaining balance. r = 0 splits like equal
   * principal.
   */
  private static List<Split> annuity(Money p, BigDecimal r, int n) {
    if (r.signum() == 0) {
      return equalPrincipal(p, r, n);
    }
    BigDecimal growth = BigDecimal.ONE.add(r).pow(n, Rate.PRECISION);
    BigDecimal exact =
        p.toBigDecimal()
            .multiply(r)
            .multiply(growth)
            .divide(growth.subtract(BigDecimal.ONE), Rate.PRECISION);
    Money payment = Money.rounded(exact, ROUNDING);
    List<Split> splits = new ArrayList<>(n);
    Money balance = p;
    for (int k = 1; k <= n; k++) {
      Money interest = balance.times(r, ROUNDING);
      // A payment rounded up on a tiny principal could repay the balance early: never overshoot.
      Money principal = k == n ? balance : payment.minus(interest).max(Money.ZERO).min(balance);
      splits.add(new Split(principal, interest));
      balance = balance.minus(principal);
    }
    return splits;
  }

  /** principal_k = round(P/n), the last the residue; interest_k = round(balance·r). */
  private static List<Split> equalPrincipal(Money p, BigDecimal r, int n) {
    Money each = p.dividedBy(n, ROUNDING);
    List<Split> splits = new ArrayList<>(n);
    Money balance = p;
    for (int k = 1; k <= n; k++) {
      Money interest = balance.times(r, ROUNDING);
      Money principal = k == n ? balance : each.min(balance);
      splits.add(new Split(principal, interest));
      balance = balance.minus(principal);
    }
    return splits;
  }

  /** principal_k = round(P/n), the last the residue; interest_k = round(P·r) every period. */
  private static List<Split> flat(Money p, BigDecimal r, int n) {
    Money each = p.dividedBy(n, ROUNDING);
    Money interest = p.times(r, ROUNDING);
    List<Split> splits = new ArrayList<>(n);
    Money balance = p;
    for (int k = 1; k <= n; k++) {
      Money principal = k == n ? balance : each.min(balance);
      splits.add(new Split(principal, interest));
      balance = balance.minus(principal);
    }
    return splits;
  }

  /** interest_k = round(P·r); all principal in the last instalment. */
  private static List<Split> interestFirst(Money p, BigDecimal r, int n) {
    Money interest = p.times(r, ROUNDING);
    List<Split> splits = new ArrayList<>(n);
    for (int k = 1; k <= n; k++) {
      splits.add(new Split(k == n ? p : Money.ZERO, interest));
    }
    return splits;
  }
}
