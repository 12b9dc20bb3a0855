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

/** A customer during the simulation: profile, own random stream, line, open loans, default state. */
final class Borrower {

  final CustomerProfile profile;
  final Product product;
  final SplittableRandom random;
  final CreditLine line;
  final List<OpenLoan> loans = new ArrayList<>(4);
  /** Not paying now: defaulted and not (yet) cured; fraudsters never pay. */
  boolean inDefault;
  LocalDate defaultedOn;
  private final double dailyHazard;
  private final double shockHazard;

  Borrower(CustomerProfile profile, SplittableRandom random, CreditLine line, double shockFactor) {
    this.profile = profile;
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
      Installment oldest = oldestUnpaid();
      nextDue = oldest == null ? Long.MAX_VALUE : oldest.dueDate().toEpochDay();
      overdue = loan.status() == LoanStatus.OVERDUE;
    }

    Installment oldestUnpaid() {
      for (Installment i : loan.installments()) {
        if (!i.isPaid()) {
          return i;
        }
      }
      return null;
    }
  }
}
