package dev.creditloop.servicing.close;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.EntryKind;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.InstallmentStatus;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.product.Component;
import dev.creditloop.servicing.product.PenaltyCap;
import dev.creditloop.servicing.product.PenaltyRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies the close of business date D to one loan. Pure: no I/O, and idempotent: a loan already
 * closed through D ({@code closedThrough >= D}) is left alone. If days were skipped since the
 * loan's last close, each one is applied in turn.
 *
 * <ul>
 *   <li>Overdue: an instalment still unpaid at the close of its due date becomes OVERDUE, so the
 *       loan is 1 day past due on the next day. The close of D records dpd = (D + 1) − the due date
 *       of the oldest unpaid instalment, 0 when none, and its bucket (M0, M1 1–30 ... M6+ over
 *       180); a bucket change is a {@code BucketChanged}. Status OVERDUE when dpd > 0, else NORMAL
 *       (a loan cured by a repayment during the day becomes NORMAL here).
 *   <li>Recognition (accounting convention): interest and fee are recognised when an instalment
 *       falls due, not accrued daily. At the close of its due date, the part still unpaid is posted
 *       Dr INTEREST_RECEIVABLE / Cr INTEREST_INCOME and Dr FEE_RECEIVABLE / Cr FEE_INCOME, dated
 *       the due date; the part paid earlier went straight to income when it was paid.
 *   <li>Penalty: for day X, the principal of every overdue instalment whose days past due on X ((X
 *       + 1) − due date, as dpd) exceed the grace days bears one day's penalty, round_HALF_UP(that
 *       principal × penalty rate / basis), computed on the total and charged to the oldest overdue
 *       instalment (so allocation pays it first). Penalty for day X accrues at the close of X: a
 *       loan repaid during X bears none for X.
 *   <li>Posting: the penalty charged is posted Dr PENALTY_RECEIVABLE / Cr PENALTY_INCOME at the
 *       close of each day under {@link PenaltyPosting#DAILY}, of each month's last day under {@link
 *       PenaltyPosting#MONTH_END}, dated that day, one entry per loan for what is unposted.
 *   <li>Penalty cap ({@link PenaltyCap}): each day's charge is cut so that the loan's penalty stays
 *       within its product's share of the overdue principal and its comprehensive annualised cost
 *       within the APR cap; at the cap the penalty stops.
 *   <li>Non-accrual (非应计): the loan becomes non-accrual at the close of the first day whose dpd
 *       reaches {@code nonAccrualDpd} (default 90) and stays so until it ends. From that day on,
 *       interest and fees falling due are posted Dr INTEREST_RECEIVABLE / Cr INTEREST_SUSPENSE and
 *       Dr FEE_RECEIVABLE / Cr FEE_SUSPENSE, and penalty Dr PENALTY_RECEIVABLE / Cr
 *       PENALTY_SUSPENSE (at the posting cadence), never to income; what was charged but unposted
 *       before that day is posted to income on it first. Income recognised earlier stays. Cash
 *       received for suspended amounts moves them from suspense to income ({@code PostRepayment}).
 * </ul>
 */
public final class CloseLoanDay {

  /** Days past due from which a loan stops recognising income, unless configured otherwise. */
  public static final int DEFAULT_NON_ACCRUAL_DPD = 90;

  private final PenaltyPosting posting;
  private final int nonAccrualDpd;

  /** A close that posts each day's penalty at that day's close. */
  public CloseLoanDay() {
    this(PenaltyPosting.DAILY);
  }

  public CloseLoanDay(PenaltyPosting posting) {
    this(posting, DEFAULT_NON_ACCRUAL_DPD);
  }

  public CloseLoanDay(PenaltyPosting posting, int nonAccrualDpd) {
    this.posting = Objects.requireNonNull(posting, "posting");
    if (nonAccrualDpd < 1) {
      throw new IllegalArgumentException(
          "non-accrual dpd must be at least 1, was " + nonAccrualDpd);
    }
    this.nonAccrualDpd = nonAccrualDpd;
  }

  public PenaltyPosting posting() {
    return posting;
  }

  public int nonAccrualDpd() {
    return nonAccrualDpd;
  }

  /** Closes {@code day} for one loan and returns what that produced. */
  public LoanDayClosed close(Loan loan, LocalDate day) {
    CloseOutput out = new CloseOutput(4);
    boolean applied = close(loan, day, out);
    return new LoanDayClosed(loan.id(), day, applied, out.entries, out.events);
  }

  boolean close(Loan loan, LocalDate day, CloseOutput out) {
    if (!loan.isOpen() || loan.hasClosed(day)) {
      return false;
    }
    LocalDate first = loan.closedThrough().map(d -> d.plusDays(1)).orElse(loan.drawnOn());
    if (first.isAfter(day)) {
      return false;
    }
    long today = day.toEpochDay();
    long oldestUnpaid = Long.MIN_VALUE;
    for (Installment i : loan.installments()) {
      if (i.dueEpochDay() > today) {
        break;
      }
      if (!i.isPaid()) {
        oldestUnpaid = i.dueEpochDay();
        break;
      }
    }
    // the first day of this close whose dpd ((X + 1) − oldest unpaid) reaches the threshold
    long nonAccrualFrom = Long.MAX_VALUE;
    if (loan.isNonAccrual()) {
      nonAccrualFrom = Long.MIN_VALUE;
    } else if (oldestUnpaid != Long.MIN_VALUE) {
      long from = Math.max(first.toEpochDay(), oldestUnpaid + nonAccrualDpd - 1);
      if (from <= today) {
        nonAccrualFrom = from;
        loan.becomeNonAccrual(LocalDate.ofEpochDay(from));
      }
    }
    for (Installment i : loan.installments()) {
      long due = i.dueEpochDay();
      if (due > today) {
        break;
      }
      if (i.status() == InstallmentStatus.PENDING) {
        fallOverdue(loan, i, due >= nonAccrualFrom, out);
      }
    }
    if (oldestUnpaid != Long.MIN_VALUE || loan.penaltyUnposted().isPositive()) {
      accruePenalty(
          loan, first.toEpochDay(), today, oldestUnpaid != Long.MIN_VALUE, nonAccrualFrom, out);
    }
    int dpd = oldestUnpaid == Long.MIN_VALUE ? 0 : (int) (today - oldestUnpaid + 1);
    Optional<BucketChanged> change = loan.age(dpd, day);
    if (change.isPresent()) {
      out.bucketChanges.add(change.get());
      out.events.add(change.get());
    }
    loan.markClosedThrough(day);
    return true;
  }

  private static void fallOverdue(Loan loan, Installment i, boolean suspended, CloseOutput out) {
    long interest = i.unpaidMinor(Component.INTEREST);
    long fee = i.unpaidMinor(Component.FEE);
    if (interest > 0 || fee > 0) {
      out.entries.add(
          JournalEntry.builder(
                  suspended ? EntryKind.INTEREST_SUSPENDED : EntryKind.INTEREST_RECOGNITION,
                  loan.id(),
                  i.dueDate())
              .debit(Account.INTEREST_RECEIVABLE, Money.ofMinor(interest))
              .credit(
                  suspended ? Account.INTEREST_SUSPENSE : Account.INTEREST_INCOME,
                  Money.ofMinor(interest))
              .debit(Account.FEE_RECEIVABLE, Money.ofMinor(fee))
              .credit(suspended ? Account.FEE_SUSPENSE : Account.FEE_INCOME, Money.ofMinor(fee))
              .build());
    }
    loan.markOverdue(i.number());
    out.events.add(
        new InstallmentOverdue(
            loan.id(), loan.customerId(), i.number(), i.dueDate(), i.unpaidTotal(), i.dueDate()));
  }

  /**
   * Penalty for each day from {@code first} through {@code last} (epoch days) when {@code overdue},
   * and what is unposted posted on each posting day among them: to income before {@code
   * nonAccrualFrom}, to suspense from it on.
   */
  private void accruePenalty(
      Loan loan, long first, long last, boolean overdue, long nonAccrualFrom, CloseOutput out) {
    PenaltyRule rule = loan.penaltyRule();
    List<Installment> installments = loan.installments();
    long start = Long.MAX_VALUE;
    if (overdue && !rule.annualRate().isZero()) {
      for (Installment i : installments) {
        if (i.status() == InstallmentStatus.OVERDUE) {
          // no day before the oldest overdue instalment's first penalty day (dpd = grace + 1) can
          // bear any
          start = Math.max(first, i.dueEpochDay() + rule.graceDays());
          break;
        }
      }
    }
    PenaltyCap cap = start == Long.MAX_VALUE ? null : loan.terms().penaltyCap();
    for (long x = first; x <= last; x++) {
      if (x == nonAccrualFrom && loan.penaltyUnposted().isPositive()) {
        // charged while the loan still accrued: income, posted before anything goes to suspense
        out.entries.add(penaltyEntry(loan, x, Account.PENALTY_INCOME));
      }
      if (x >= start) {
        charge(loan, x, rule, cap, installments);
      }
      if (posting.postsOn(x) && loan.penaltyUnposted().isPositive()) {
        if (x >= nonAccrualFrom) {
          long amount = loan.penaltyUnposted().minor();
          out.entries.add(penaltyEntry(loan, x, Account.PENALTY_SUSPENSE));
          loan.penaltySuspended(amount);
        } else {
          out.entries.add(penaltyEntry(loan, x, Account.PENALTY_INCOME));
        }
      }
    }
  }

  private static JournalEntry penaltyEntry(Loan loan, long day, Account credit) {
    return JournalEntry.of(
        credit == Account.PENALTY_SUSPENSE
            ? EntryKind.PENALTY_SUSPENDED
            : EntryKind.PENALTY_ACCRUAL,
        loan.id(),
        LocalDate.ofEpochDay(day),
        Account.PENALTY_RECEIVABLE,
        credit,
        loan.takeUnpostedPenalty());
  }

  private static void charge(
      Loan loan, long x, PenaltyRule rule, PenaltyCap cap, List<Installment> installments) {
    long base = 0;
    long overduePrincipal = 0;
    boolean bearing = true;
    for (Installment i : installments) {
      if (i.status() != InstallmentStatus.OVERDUE) {
        continue;
      }
      long principal = i.unpaidMinor(Component.PRINCIPAL);
      overduePrincipal += principal;
      // instalments are in due-date order: once one is within its grace, so are the rest
      bearing = bearing && rule.charges(x - i.dueEpochDay() + 1);
      if (bearing) {
        base += principal;
      }
    }
    long penalty = rule.dailyMinor(base);
    if (penalty > 0 && !cap.isNone()) {
      penalty = capped(loan, x, cap, penalty, overduePrincipal, installments);
    }
    if (penalty > 0) {
      loan.chargePenalty(Money.ofMinor(penalty));
    }
  }

  private static long capped(
      Loan loan,
      long x,
      PenaltyCap cap,
      long penalty,
      long overduePrincipal,
      List<Installment> installments) {
    long interestAndFees = 0;
    for (Installment i : installments) {
      if (i.dueEpochDay() > x) {
        break;
      }
      interestAndFees += i.due(Component.INTEREST).minor() + i.due(Component.FEE).minor();
    }
    long days = x - loan.drawnOn().toEpochDay() + 1;
    return cap.allow(
        penalty,
        loan.penaltyAccrued().minor(),
        cap.byOverduePrincipal(overduePrincipal),
        cap.byAnnualisedCost(loan.principal().minor(), days, interestAndFees));
  }
}
