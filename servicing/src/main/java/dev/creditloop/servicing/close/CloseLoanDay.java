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
 *       + 1) − due date, as dpd) exceed the grace days bears one day's penalty, round_HALF_UP(that principal ×
 *       penalty rate / basis), computed on the total and charged to the oldest overdue instalment
 *       (so allocation pays it first). Penalty for day X accrues at the close of X: a loan repaid
 *       during X bears none for X.
 *   <li>Posting: the penalty charged is posted Dr PENALTY_RECEIVABLE / Cr PENALTY_INCOME at the
 *       close of each day under {@link PenaltyPosting#DAILY}, of each month's last day under {@link
 *       PenaltyPosting#MONTH_END}, dated that day, one entry per loan for what is unposted.
 * </ul>
 */
public final class CloseLoanDay {

  private final PenaltyPosting posting;

  /** A close that posts each day's penalty at that day's close. */
  public CloseLoanDay() {
    this(PenaltyPosting.DAILY);
  }

  public CloseLoanDay(PenaltyPosting posting) {
    this.posting = Objects.requireNonNull(posting, "posting");
  }

  public PenaltyPosting posting() {
    return posting;
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
      long due = i.dueDate().toEpochDay();
      if (due > today) {
        break;
      }
      if (i.status() == InstallmentStatus.PENDING) {
        fallOverdue(loan, i, out);
      }
      if (oldestUnpaid == Long.MIN_VALUE && !i.isPaid()) {
        oldestUnpaid = due;
      }
    }
    if (oldestUnpaid != Long.MIN_VALUE || loan.penaltyUnposted().isPositive()) {
      accruePenalty(loan, first.toEpochDay(), today, oldestUnpaid != Long.MIN_VALUE, out);
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

  private static void fallOverdue(Loan loan, Installment i, CloseOutput out) {
    long interest = i.unpaidMinor(Component.INTEREST);
    long fee = i.unpaidMinor(Component.FEE);
    if (interest > 0 || fee > 0) {
      out.entries.add(
          JournalEntry.builder(EntryKind.INTEREST_RECOGNITION, loan.id(), i.dueDate())
              .debit(Account.INTEREST_RECEIVABLE, Money.ofMinor(interest))
              .credit(Account.INTEREST_INCOME, Money.ofMinor(interest))
              .debit(Account.FEE_RECEIVABLE, Money.ofMinor(fee))
              .credit(Account.FEE_INCOME, Money.ofMinor(fee))
              .build());
    }
    loan.markOverdue(i.number());
    out.events.add(
        new InstallmentOverdue(
            loan.id(), loan.customerId(), i.number(), i.dueDate(), i.unpaidTotal(), i.dueDate()));
  }

  /**
   * Penalty for each day from {@code first} through {@code last} (epoch days) when {@code overdue},
   * and what is unposted posted on each posting day among them.
   */
  private void accruePenalty(Loan loan, long first, long last, boolean overdue, CloseOutput out) {
    PenaltyRule rule = loan.penaltyRule();
    List<Installment> installments = loan.installments();
    long start = Long.MAX_VALUE;
    if (overdue && !rule.annualRate().isZero()) {
      for (Installment i : installments) {
        if (i.status() == InstallmentStatus.OVERDUE) {
          // no day before the oldest overdue instalment's first penalty day (dpd = grace + 1) can bear any
          start = Math.max(first, i.dueDate().toEpochDay() + rule.graceDays());
          break;
        }
      }
    }
    for (long x = first; x <= last; x++) {
      if (x >= start) {
        charge(loan, x, rule, installments);
      }
      if (posting.postsOn(x) && loan.penaltyUnposted().isPositive()) {
        out.entries.add(
            JournalEntry.of(
                EntryKind.PENALTY_ACCRUAL,
                loan.id(),
                LocalDate.ofEpochDay(x),
                Account.PENALTY_RECEIVABLE,
                Account.PENALTY_INCOME,
                loan.takeUnpostedPenalty()));
      }
    }
  }

  private static void charge(Loan loan, long x, PenaltyRule rule, List<Installment> installments) {
    long base = 0;
    for (Installment i : installments) {
      if (i.status() != InstallmentStatus.OVERDUE) {
        continue;
      }
      // instalments are in due-date order: once one is within its grace, so are the rest
      if (!rule.charges(x - i.dueDate().toEpochDay() + 1)) {
        break;
      }
      base += i.unpaidMinor(Component.PRINCIPAL);
    }
    long penalty = rule.dailyMinor(base);
    if (penalty > 0) {
      loan.chargePenalty(Money.ofMinor(penalty));
    }
  }
}
