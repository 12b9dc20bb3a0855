package dev.creditloop.servicing.schedule;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import java.time.LocalDate;

/**
 * What a schedule is computed from. Validated on construction: a positive principal, a non-negative
 * rate, and day terms only with {@link RepaymentMethod#BULLET}; failures are {@link
 * Problem#INVALID_TERMS} naming the field.
 */
public record ScheduleTerms(
    RepaymentMethod method,
    Money principal,
    Rate annualRate,
    Term term,
    LocalDate startDate,
    DayCountBasis dayCountBasis,
    Fees fees) {

  public ScheduleTerms {
    required(method, "method");
    required(principal, "principal");
    required(annualRate, "annualRate");
    required(term, "term");
    required(startDate, "startDate");
    dayCountBasis = dayCountBasis == null ? DayCountBasis.DEFAULT : dayCountBasis;
    fees = fees == null ? Fees.NONE : fees;
    if (!principal.isPositive()) {
      throw new ServicingException(
          Problem.INVALID_TERMS, "principal", "must be positive, was " + principal);
    }
    if (annualRate.isNegative()) {
      throw new ServicingException(Problem.INVALID_TERMS, "annualRate", "must not be negative");
    }
    if (!method.allows(term.unit())) {
      throw new ServicingException(
          Problem.INVALID_TERMS, "method", "day terms allow only BULLET, was " + method);
    }
  }

  /** Terms without fees. */
  public static ScheduleTerms of(
      RepaymentMethod method,
      Money principal,
      Rate annualRate,
      Term term,
      LocalDate startDate,
      DayCountBasis basis) {
    return new ScheduleTerms(method, principal, annualRate, term, startDate, basis, Fees.NONE);
  }

  private static void required(Object value, String field) {
    if (value == null) {
      throw new ServicingException(Problem.INVALID_TERMS, field, "is required");
    }
  }
}
