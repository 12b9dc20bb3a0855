package dev.creditloop.servicing.schedule;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.schedule.PrincipalInterestSplit.Split;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A repayment schedule and its APR, computed by {@link #plan(ScheduleTerms)}.
 *
 * <p>Conventions:
 *
 * <ul>
 *   <li>Month terms: periodic rate r = annual / 12. Instalment k falls due on {@code
 *       start.plusMonths(k)}: the drawdown's day of month, clamped to the month's end, always
 *       counted from the start and never chained (drawn 31 Jan → 29 Feb in a leap year, 31 Mar, 30
 *       Apr...).
 *   <li>Every amount is rounded {@link RoundingMode#HALF_UP} to the fen, instalment by instalment;
 *       the last instalment takes the principal residue, so principal always sums to P.
 *   <li>ANNUITY (等额本息): payment = round(P·r(1+r)^n/((1+r)^n−1)); interest_k = round(balance·r);
 *       principal_k = payment − interest_k; the last instalment repays the remaining balance with
 *       interest round(balance·r). r = 0 splits principal like EQUAL_PRINCIPAL.
 *   <li>EQUAL_PRINCIPAL (等额本金): principal_k = round(P/n), interest_k = round(balance·r).
 *   <li>FLAT (等本等息): principal_k = round(P/n), interest_k = round(P·r).
 *   <li>INTEREST_FIRST (先息后本): interest_k = round(P·r), all principal in the last instalment.
 *   <li>BULLET (一次性还本付息): month terms, one instalment at month n with interest round(P·r·n); day
 *       terms, one instalment d days after the start with interest round(P·annual/basis·d).
 *   <li>Fees ({@link Fees}): up-front fee round(P·rate) with the first instalment, instalment fee
 *       round(P·rate) with each.
 *   <li>APR: annualised IRR of −P at the start and each instalment's total (fees included). Month
 *       terms: monthly IRR × 12, periods equal. Day terms: (total − P)/P × basis/d. Rounded HALF_UP
 *       to 6 decimals.
 * </ul>
 */
public record RepaymentSchedule(
    ScheduleTerms terms, List<PlannedInstallment> installments, Rate apr) {

  /** The rounding of every schedule, interest and penalty amount. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  public RepaymentSchedule {
    installments = List.copyOf(installments);
  }

  public static RepaymentSchedule plan(ScheduleTerms terms) {
    Money p = terms.principal();
    Term term = terms.term();
    List<Split> splits;
    List<LocalDate> dueDates = new ArrayList<>();
    if (term.unit() == TermUnit.DAYS) {
      splits =
          List.of(
              PrincipalInterestSplit.bulletDays(
                  p, terms.annualRate(), term.count(), terms.dayCountBasis()));
      dueDates.add(terms.startDate().plusDays(term.count()));
    } else {
      BigDecimal r = terms.annualRate().dividedBy(12).value();
      splits = PrincipalInterestSplit.of(terms.method(), p, r, term.count());
      if (splits.size() == 1) {
        dueDates.add(terms.startDate().plusMonths(term.count()));
      } else {
        for (int k = 1; k <= splits.size(); k++) {
          dueDates.add(terms.startDate().plusMonths(k));
        }
      }
    }
    Money upfrontFee = p.times(terms.fees().upfrontFeeRate().value(), ROUNDING);
    Money installmentFee = p.times(terms.fees().installmentFeeRate().value(), ROUNDING);
    List<PlannedInstallment> installments = new ArrayList<>(splits.size());
    for (int k = 1; k <= splits.size(); k++) {
      Split split = splits.get(k - 1);
      Money fee = k == 1 ? upfrontFee.plus(installmentFee) : installmentFee;
      installments.add(
          new PlannedInstallment(k, dueDates.get(k - 1), split.principal(), split.interest(), fee));
    }
    Rate apr =
        term.unit() == TermUnit.DAYS
            ? AnnualPercentageRate.ofDays(
                p,
                sum(installments, PlannedInstallment::total),
                term.count(),
                terms.dayCountBasis())
            : AnnualPercentageRate.ofMonthly(p, installments, term.count());
    return new RepaymentSchedule(terms, installments, apr);
  }

  public Money total() {
    return sum(installments, PlannedInstallment::total);
  }

  public Money totalPrincipal() {
    return sum(installments, PlannedInstallment::principal);
  }

  public Money totalInterest() {
    return sum(installments, PlannedInstallment::interest);
  }

  public Money totalFee() {
    return sum(installments, PlannedInstallment::fee);
  }

  public LocalDate maturityDate() {
    return installments.get(installments.size() - 1).dueDate();
  }

  private static Money sum(
      List<PlannedInstallment> installments,
      java.util.function.Function<PlannedInstallment, Money> amount) {
    long total = 0;
    for (PlannedInstallment i : installments) {
      total = Math.addExact(total, amount.apply(i).minor());
    }
    return Money.ofMinor(total);
  }
}
