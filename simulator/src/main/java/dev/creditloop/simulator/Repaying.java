package dev.creditloop.simulator;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.allocation.Payoff;
import dev.creditloop.servicing.allocation.PostRepayment;
import dev.creditloop.servicing.allocation.RepaymentPosted;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.Loan;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Repayments of a customer who is paying: a few days before each instalment falls due the customer
 * settles on a plan for it (early, on the day, partly on the day and the rest later, or late;
 * riskier customers are late more often and now and then more than 30 days), pays through the real
 * {@code PostRepayment} on the planned day everything due by then, and sometimes pays a loan off
 * early. A customer in default pays nothing; one who cures pays every overdue amount at once.
 */
final class Repaying {

  static final int PLAN_AHEAD_DAYS = 3;

  private final PostRepayment post = new PostRepayment();

  void repay(Borrower b, LocalDate day, DayLog log) {
    long today = day.toEpochDay();
    if (today < b.repayFrom) {
      // the loop below would skip every loan
      return;
    }
    for (Iterator<Borrower.OpenLoan> it = b.loans.iterator(); it.hasNext(); ) {
      Borrower.OpenLoan o = it.next();
      // most loans on most days: nothing due soon, no early payoff today
      if (today < o.nextDue - PLAN_AHEAD_DAYS && today < o.prepayDay) {
        continue;
      }
      if (today >= o.prepayDay && !o.overdue) {
        pay(b, o, Payoff.quote(o.loan, day).total(), day, log);
      } else {
        repayDue(b, o, today, day, log);
      }
      if (!o.loan.isOpen()) {
        it.remove();
      }
    }
    b.rewake();
  }

  /**
   * The day a new loan will be paid off early, if before its end: rate-sensitive customers prepay
   * more.
   */
  static long prepayDay(Borrower b, LocalDate drawn) {
    double daily = (0.01 + 0.05 * b.profile.rateSensitivity()) / 30;
    return drawn.toEpochDay() + 1 + geometric(b.random, 1 / daily);
  }

  private void repayDue(Borrower b, Borrower.OpenLoan o, long today, LocalDate day, DayLog log) {
    Installment oldest = o.oldest;
    long due = oldest.dueDate().toEpochDay();
    if (o.plannedInstallment != oldest.number()) {
      if (due - today > PLAN_AHEAD_DAYS) {
        return;
      }
      plan(o, oldest.number(), due, today, b);
    }
    if (o.payDay > today) {
      return;
    }
    long owed = owed(o, Math.max(today, due));
    if (o.partialPercent > 0) {
      owed = Math.max(1, owed * o.partialPercent / 100);
      o.partialPercent = 0;
      o.payDay = today + 3 + b.random.nextInt(12);
    }
    pay(b, o, Money.ofMinor(owed), day, log);
  }

  private static void plan(Borrower.OpenLoan o, int installment, long due, long today, Borrower b) {
    SplittableRandom r = b.random;
    double late = Math.min(0.5, 0.05 + 3 * b.profile.monthlyPropensity());
    double u = r.nextDouble();
    o.plannedInstallment = installment;
    o.partialPercent = 0;
    if (u < late) {
      // most late payers are a few days late; some drift past 30 days and cure from M2
      o.payDay = due + (r.nextDouble() < 0.08 ? 31 + r.nextInt(25) : 1 + geometric(r, 6));
    } else if (u < late + 0.03) {
      o.payDay = due;
      o.partialPercent = 30 + r.nextInt(41);
    } else if (u < late + 0.23) {
      o.payDay = Math.max(today, due - 1 - r.nextInt(3));
    } else {
      o.payDay = due;
    }
  }

  /** Days, at least 0, with the given mean. */
  private static long geometric(SplittableRandom r, double mean) {
    return (long) (StrictMath.log(1 - r.nextDouble()) / StrictMath.log(1 - 1 / mean));
  }

  /**
   * Everything unpaid on instalments due on or before {@code upTo} (epoch day), in fen. Those
   * before the oldest unpaid one are paid, nothing left on them: the sum starts there.
   */
  private static long owed(Borrower.OpenLoan o, long upTo) {
    long total = 0;
    List<Installment> installments = o.loan.installments();
    for (Installment i : installments.subList(o.oldestIndex, installments.size())) {
      if (i.dueDate().toEpochDay() > upTo) {
        break;
      }
      total += i.unpaidTotal().minor();
    }
    return total;
  }

  private void pay(Borrower b, Borrower.OpenLoan o, Money amount, LocalDate day, DayLog log) {
    Loan loan = o.loan;
    if (!amount.isLessThan(loan.outstandingPrincipal())) {
      // paying the last instalment early: the payoff waives interest not yet accrued
      amount = amount.min(Payoff.quote(loan, day).total());
    }
    if (!amount.isPositive()) {
      return;
    }
    Allocation a = post.post(loan, b.line, amount, day);
    o.refresh();
    log.repayments.add(a);
    int dpd = dpdBefore(a);
    log.event(
        EventType.REPAYMENT,
        b,
        Moments.daytime(b.random),
        amount,
        Moments.device(b),
        null,
        Map.of(
            BehaviourEvent.DAYS_PAST_DUE, String.valueOf(dpd),
            BehaviourEvent.ON_TIME, String.valueOf(dpd == 0),
            BehaviourEvent.PRINCIPAL, a.principalRepaid().toPlainString()));
  }

  /** The dpd the loan had at the last close before the repayment (settling resets it to 0). */
  private static int dpdBefore(Allocation a) {
    for (var e : a.events()) {
      if (e instanceof RepaymentPosted p) {
        return p.daysPastDue();
      }
    }
    return 0;
  }
}
