package dev.creditloop.servicing.product;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.RepaymentSchedule;
import dev.creditloop.servicing.schedule.ScheduleTerms;
import dev.creditloop.servicing.schedule.Term;
import dev.creditloop.servicing.schedule.TermUnit;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A loan product. Construction validates every field and fails with {@link Problem#INVALID_PRODUCT}
 * naming it; {@code fees} and {@code allocationOrder} may be null for no fees and the default order
 * penalty → fee → interest → principal. Pricing against the APR cap is a separate check, {@link
 * #checkAprCap()}, because a cap lowered by regulation must not make stored products unreadable.
 *
 * @param graceDays days past due before penalty starts; penalty accrues from the day whose dpd is
 *     graceDays + 1 (the due date's close is dpd 1), never retroactively
 * @param dayCountBasis for day terms, penalty interest and accrual
 * @param aprCap the highest APR a drawdown may carry, e.g. 0.24 or 0.36; the penalty also stops
 *     where the loan's comprehensive annualised cost would pass it ({@link PenaltyCap})
 * @param penaltyCapShareOfOverduePrincipal the penalty stops when the loan's penalty charged
 *     reaches this share of its overdue principal ({@link PenaltyCap}); null for no such cap
 */
public record Product(
    String code,
    String name,
    RepaymentMethod repaymentMethod,
    TermUnit termUnit,
    SortedSet<Integer> allowedTerms,
    Rate annualRate,
    DayCountBasis dayCountBasis,
    Rate penaltyAnnualRate,
    int graceDays,
    Fees fees,
    List<Component> allocationOrder,
    Rate aprCap,
    Rate penaltyCapShareOfOverduePrincipal) {

  /** The principal {@link #checkAprCap()} prices each term with. */
  public static final Money REFERENCE_PRINCIPAL = Money.of("10000.00");

  /**
   * APRs are disclosed as percentages with two decimals, so the cap is checked at that precision.
   */
  private static final int CAP_DECIMALS = 4;

  public Product {
    if (code == null || code.isBlank()) {
      throw invalid("code", "is required");
    }
    if (name == null || name.isBlank()) {
      throw invalid("name", "is required");
    }
    required(repaymentMethod, "repaymentMethod");
    required(termUnit, "termUnit");
    required(annualRate, "annualRate");
    required(dayCountBasis, "dayCountBasis");
    required(penaltyAnnualRate, "penaltyAnnualRate");
    required(aprCap, "aprCap");
    if (!repaymentMethod.allows(termUnit)) {
      throw invalid("repaymentMethod", "day terms allow only BULLET, was " + repaymentMethod);
    }
    if (allowedTerms == null || allowedTerms.isEmpty()) {
      throw invalid("allowedTerms", "at least one term is required");
    }
    int max = termUnit == TermUnit.MONTHS ? Term.MAX_MONTHS : Term.MAX_DAYS;
    for (Integer term : allowedTerms) {
      if (term == null || term < 1 || term > max) {
        throw invalid("allowedTerms", "each term must be 1 to " + max + ", was " + term);
      }
    }
    allowedTerms = Collections.unmodifiableSortedSet(new TreeSet<>(allowedTerms));
    if (annualRate.isNegative()) {
      throw invalid("annualRate", "must not be negative");
    }
    if (penaltyAnnualRate.isNegative()) {
      throw invalid("penaltyAnnualRate", "must not be negative");
    }
    if (graceDays < 0) {
      throw invalid("graceDays", "must not be negative");
    }
    if (aprCap.value().signum() <= 0) {
      throw invalid("aprCap", "must be positive");
    }
    if (penaltyCapShareOfOverduePrincipal != null
        && penaltyCapShareOfOverduePrincipal.isNegative()) {
      throw invalid("penaltyCapShareOfOverduePrincipal", "must not be negative");
    }
    fees = fees == null ? Fees.NONE : fees;
    allocationOrder =
        allocationOrder == null ? Component.DEFAULT_ORDER : List.copyOf(allocationOrder);
    if (allocationOrder.size() != Component.values().length
        || !EnumSet.copyOf(allocationOrder).equals(EnumSet.allOf(Component.class))) {
      throw invalid("allocationOrder", "must name PENALTY, FEE, INTEREST and PRINCIPAL once each");
    }
  }

  /**
   * A product without a penalty cap on the overdue principal (the APR cap still bounds the
   * penalty).
   */
  public Product(
      String code,
      String name,
      RepaymentMethod repaymentMethod,
      TermUnit termUnit,
      SortedSet<Integer> allowedTerms,
      Rate annualRate,
      DayCountBasis dayCountBasis,
      Rate penaltyAnnualRate,
      int graceDays,
      Fees fees,
      List<Component> allocationOrder,
      Rate aprCap) {
    this(
        code,
        name,
        repaymentMethod,
        termUnit,
        allowedTerms,
        annualRate,
        dayCountBasis,
        penaltyAnnualRate,
        graceDays,
        fees,
        allocationOrder,
        aprCap,
        null);
  }

  public boolean allows(int term) {
    return allowedTerms.contains(term);
  }

  /** The term of a drawdown, refused with {@link Problem#TERM_NOT_ALLOWED} if not offered. */
  public Term term(int count) {
    if (!allows(count)) {
      throw new ServicingException(
          Problem.TERM_NOT_ALLOWED,
          "term",
          "product "
              + code
              + " offers "
              + allowedTerms
              + " "
              + termUnit.name().toLowerCase()
              + ", not "
              + count);
    }
    return new Term(count, termUnit);
  }

  public ScheduleTerms scheduleTerms(Money principal, int term, LocalDate start) {
    return new ScheduleTerms(
        repaymentMethod, principal, annualRate, term(term), start, dayCountBasis, fees);
  }

  public PenaltyRule penaltyRule() {
    return new PenaltyRule(penaltyAnnualRate, dayCountBasis, graceDays);
  }

  /** Whether an APR is within the cap, compared at the disclosed precision (24.00%). */
  public boolean withinAprCap(Rate apr) {
    return apr.value().setScale(CAP_DECIMALS, RoundingMode.HALF_UP).compareTo(aprCap.value()) <= 0;
  }

  /**
   * Refuses, with {@link Problem#APR_CAP_EXCEEDED} on field "allowedTerms", a product whose APR for
   * some allowed term (priced on {@link #REFERENCE_PRINCIPAL}) is above its cap. Call it when a
   * product is defined or changed; each drawdown checks its own APR again.
   */
  public void checkAprCap() {
    for (int term : allowedTerms) {
      Rate apr =
          RepaymentSchedule.plan(scheduleTerms(REFERENCE_PRINCIPAL, term, LocalDate.of(2000, 1, 1)))
              .apr();
      if (!withinAprCap(apr)) {
        throw new ServicingException(
            Problem.APR_CAP_EXCEEDED,
            "allowedTerms",
            "the APR of "
                + new Term(term, termUnit)
                + " is "
                + apr.toPlainString()
                + ", above the cap "
                + aprCap);
      }
    }
  }

  private static void required(Object value, String field) {
    if (value == null) {
      throw invalid(field, "is required");
    }
  }

  private static ServicingException invalid(String field, String reason) {
    return new ServicingException(Problem.INVALID_PRODUCT, field, reason);
  }
}
