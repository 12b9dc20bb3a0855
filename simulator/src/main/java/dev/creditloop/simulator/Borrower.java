package dev.creditloop.simulator;

import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.product.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A customer during the simulation: profile, own random stream, line, open loans, default state.
 */
final class Borrower {

  final CustomerProfile profile;

  /**
   * The profile's fields every day reads, held here so the daily loop does not visit the profile.
   */
  final boolean fraud;

  final double fundingNeed;
  final Product product;
  final SplittableRandom random;
  final CreditLine line;

  /**
   * Changed only through {@link #opened} and the repayment loop, which then calls {@link #rewake}.
   */
  final List<OpenLoan> loans = new ArrayList<>(4);

  /** Not paying now: defaulted and not (yet) cured; fraudsters never pay. */
  boolean inDefault;

  LocalDate defaultedOn;

  /**
   * Epoch days before which no open loan can have work: a repayment to plan or make ({@link
   * #repayFrom}) or a close ({@link #closeFrom}). Never later than the loans say (earlier is only a
   * wasted look), so the daily loops skip a customer's loans without reading them.
   */
  long repayFrom = Long.MAX_VALUE;

  long closeFrom = Long.MAX_VALUE;
  private final double dailyHazard;
  private final double shockHazard;

  Borrower(CustomerProfile profile, SplittableRandom random, CreditLine line, double shockFactor) {
    this.profile = profile;
    this.fraud = profile.fraud();
    this.fundingNeed = profile.fundingNeed();
    this.product = SimulatedProducts.byCode(profile.productCode());
    this.random = random;
    this.line = line;
    this.dailyHazard = daily(profile.monthlyPropensity());
    this.shockHazard = daily(Math.min(0.95, profile.monthlyPropensity() * shockFactor));
  }

  long id() {
    return profile.id();
  }

  double hazard(boolean shock) {
    return shock ? shockHazard : dailyHazard;
  }

  GroundTruth truth() {
    return new GroundTruth(
        profile.id(),
        profile.fraud(),
        profile.fraudRing(),
        profile.monthlyPropensity(),
        profile.grantedOn(),
        defaultedOn);
  }

  boolean hasLoans() {
    return !loans.isEmpty();
  }

  void opened(OpenLoan o) {
    loans.add(o);
    repayFrom = Math.min(repayFrom, o.repayFrom());
    closeFrom = Math.min(closeFrom, o.closeFrom());
  }

  /**
   * After the loans changed (a repayment, a close): the days from which each may have work again.
   */
  void rewake() {
    long repay = Long.MAX_VALUE;
    long close = Long.MAX_VALUE;
    for (OpenLoan o : loans) {
      repay = Math.min(repay, o.repayFrom());
      close = Math.min(close, o.closeFrom());
    }
    repayFrom = repay;
    closeFrom = close;
  }

  private static double daily(double monthly) {
    return 1 - StrictMath.pow(1 - Math.min(monthly, 0.999), 1 / 30.0);
  }

  /**
   * A loan still open, with what the daily loop needs without walking the instalments: the due date
   * of the oldest unpaid instalment, whether the last close found it overdue, the repayment planned
   * for that instalment and the day the customer will pay it off early, if ever.
   */
  static final class OpenLoan {
    final Loan loan;
    long nextDue;
    boolean overdue;

    /** The oldest unpaid instalment (null when none) and its index: paid instalments stay paid. */
    Installment oldest;

    int oldestIndex;
    int plannedInstallment;
    long payDay;
    int partialPercent;
    long prepayDay;

    OpenLoan(Loan loan, long prepayDay) {
      this.loan = loan;
      this.prepayDay = prepayDay;
      refresh();
    }

    /** After a repayment or a close changed the loan. */
    void refresh() {
      oldest = null;
      List<Installment> installments = loan.installments();
      for (; oldestIndex < installments.size(); oldestIndex++) {
        Installment i = installments.get(oldestIndex);
        if (!i.isPaid()) {
          oldest = i;
          break;
        }
      }
      nextDue = oldest == null ? Long.MAX_VALUE : oldest.dueDate().toEpochDay();
      overdue = loan.status() == LoanStatus.OVERDUE;
    }

    /**
     * The first day the customer may act on this loan: plan or pay the next instalment, or pay it
     * off.
     */
    long repayFrom() {
      return Math.min(
          nextDue == Long.MAX_VALUE ? nextDue : nextDue - Repaying.PLAN_AHEAD_DAYS, prepayDay);
    }

    /** The first day the daily close selects this loan: overdue now, or something falls due. */
    long closeFrom() {
      return overdue ? Long.MIN_VALUE : nextDue;
    }
  }
}
