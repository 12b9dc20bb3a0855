package dev.creditloop.servicing.loan;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.product.Component;
import dev.creditloop.servicing.product.PenaltyCap;
import dev.creditloop.servicing.product.PenaltyRule;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.RepaymentSchedule;
import dev.creditloop.servicing.schedule.Term;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The contract of a loan, copied from its product at drawdown so that a later product change never
 * alters a running loan.
 *
 * @param aprCap the product's APR cap at drawdown, which bounds the penalty ({@link PenaltyCap});
 *     null for none
 * @param penaltyCapShare the product's penalty cap as a share of the overdue principal; null for
 *     none
 */
public record LoanTerms(
    Money principal,
    Rate annualRate,
    RepaymentMethod method,
    Term term,
    LocalDate drawnOn,
    Rate apr,
    DayCountBasis dayCountBasis,
    Rate penaltyAnnualRate,
    int graceDays,
    List<Component> allocationOrder,
    Rate aprCap,
    Rate penaltyCapShare) {

  public LoanTerms {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(annualRate, "annualRate");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(drawnOn, "drawnOn");
    Objects.requireNonNull(apr, "apr");
    Objects.requireNonNull(dayCountBasis, "dayCountBasis");
    Objects.requireNonNull(penaltyAnnualRate, "penaltyAnnualRate");
    allocationOrder = List.copyOf(allocationOrder);
    if (allocationOrder.size() != Component.values().length
        || allocationOrder.stream().distinct().count() != allocationOrder.size()) {
      throw new IllegalArgumentException(
          "allocation order must name each component once: " + allocationOrder);
    }
  }

  static LoanTerms of(Product product, RepaymentSchedule schedule) {
    return new LoanTerms(
        schedule.terms().principal(),
        schedule.terms().annualRate(),
        schedule.terms().method(),
        schedule.terms().term(),
        schedule.terms().startDate(),
        schedule.apr(),
        product.dayCountBasis(),
        product.penaltyAnnualRate(),
        product.graceDays(),
        product.allocationOrder(),
        product.aprCap(),
        product.penaltyCapShareOfOverduePrincipal());
  }

  public PenaltyRule penaltyRule() {
    return new PenaltyRule(penaltyAnnualRate, dayCountBasis, graceDays);
  }

  public PenaltyCap penaltyCap() {
    return new PenaltyCap(penaltyCapShare, aprCap, dayCountBasis);
  }
}
