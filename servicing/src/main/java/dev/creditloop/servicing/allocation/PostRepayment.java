package dev.creditloop.servicing.allocation;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.delinquency.Bucket;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.EntryKind;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanSettled;
import dev.creditloop.servicing.product.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Posts a repayment to a loan on a business date.
 *
 * <ul>
 *   <li>Above the payoff ({@link Payoff#quote}): refused, "payoff-exceeded" on field "amount".
 *   <li>Equal to the payoff: early settlement. Every instalment due by the date is paid in full;
 *       the current period (first instalment due after the date) pays its fee and its interest
 *       accrued so far = round_HALF_UP(scheduled interest × days since the period start / days in
 *       the period), less interest already paid on it; later periods pay principal only. The rest
 *       of their interest and fee is recorded as waived, never as income. Interest paid in advance
 *       is not refunded. The loan is SETTLED.
 *   <li>Below the payoff: instalments in due-date order (the oldest overdue first, then the one due
 *       today, then, as advance payment, the next ones not yet due), each in the loan's component
 *       order (default penalty → fee → interest → principal). Partial payments are allowed; no
 *       component ever receives more than is unpaid.
 * </ul>
 *
 * <p>Journal: Dr CASH_CLEARING the amount; Cr LOANS_RECEIVABLE the principal; Cr PENALTY_RECEIVABLE
 * the penalty, except penalty charged since the close last posted it ({@code PenaltyPosting}
 * MONTH_END), which is paid after the posted penalty and goes Cr PENALTY_INCOME; interest and fee
 * Cr INTEREST_RECEIVABLE / FEE_RECEIVABLE when the instalment has been recognised (fell due at a
 * close already applied), else Cr INTEREST_INCOME / FEE_INCOME directly, since no receivable exists
 * yet.
 *
 * <p>Non-accrual loans (非应计): interest and fee of instalments that fell due after the loan stopped
 * accruing, and penalty posted to suspense, are paid from their receivables as above and the same
 * entry moves them out of suspense into income: Dr INTEREST_SUSPENSE / FEE_SUSPENSE /
 * PENALTY_SUSPENSE, Cr INTEREST_INCOME / FEE_INCOME / PENALTY_INCOME. Penalty is paid oldest first:
 * posted to income, then posted to suspense, then unposted.
 *
 * <p>The principal repaid is restored to the credit line.
 */
public final class PostRepayment {

  /**
   * @throws ServicingException loan-not-open, invalid-amount, date-already-closed, payoff-exceeded
   */
  public Allocation post(Loan loan, CreditLine line, Money amount, LocalDate on) {
    loan.requireOpen();
    if (loan.lineId() != line.id()) {
      throw new IllegalArgumentException(
          "loan " + loan.id() + " is not drawn on line " + line.id());
    }
    if (!amount.isPositive()) {
      throw new ServicingException(
          Problem.INVALID_AMOUNT, "amount", "must be positive, was " + amount);
    }
    if (loan.closedThrough().filter(on::isBefore).isPresent()) {
      throw new ServicingException(
          Problem.DATE_ALREADY_CLOSED,
          "on",
          "loan " + loan.id() + " is closed through " + loan.closedThrough().get());
    }
    Settlement settlement = Settlement.of(loan, on);
    Money payoff = settlement.payoff().total();
    if (amount.isGreaterThan(payoff)) {
      throw new ServicingException(
          Problem.PAYOFF_EXCEEDED,
          "amount",
          amount + " is more than the payoff of " + payoff + " on " + on);
    }
    boolean settles = amount.equals(payoff);
    List<AllocatedAmount> lines =
        settles ? settlement.lines() : OldestOverdueFirst.allocate(loan, amount);

    long penalty = penaltyPaid(lines);
    long unpostedPenalty = penalty == 0 ? 0 : loan.unpostedShareOf(penalty);
    long suspendedPenalty = penalty == 0 ? 0 : loan.suspenseShareOf(penalty);
    JournalEntry entry = journal(loan, amount, lines, unpostedPenalty, suspendedPenalty, on);
    loan.unpostedPenaltyPaid(unpostedPenalty);
    loan.suspendedPenaltyPaid(suspendedPenalty);
    long principal = 0;
    for (AllocatedAmount a : lines) {
      loan.pay(a.installment(), a.component(), a.amount());
      if (a.component() == Component.PRINCIPAL) {
        principal += a.amount().minor();
      }
    }
    Money principalRepaid = Money.ofMinor(principal);
    line.restore(principalRepaid);

    List<ServicingEvent> events = new ArrayList<>(3);
    int dpd = loan.dpd();
    events.add(
        new RepaymentPosted(
            loan.id(),
            loan.lineId(),
            loan.customerId(),
            amount,
            principalRepaid,
            dpd,
            settles,
            on));
    Optional<LoanSettled> settled = Optional.empty();
    if (settles) {
      Bucket from = loan.bucket();
      settled = Optional.of(loan.settle(on));
      events.add(settled.get());
      if (from != Bucket.M0) {
        events.add(new BucketChanged(loan.id(), from, Bucket.M0, on, 0));
      }
    }
    return new Allocation(loan.id(), on, amount, lines, principalRepaid, settled, entry, events);
  }

  private static long penaltyPaid(List<AllocatedAmount> lines) {
    long penalty = 0;
    for (AllocatedAmount a : lines) {
      if (a.component() == Component.PENALTY) {
        penalty += a.amount().minor();
      }
    }
    return penalty;
  }

  private static JournalEntry journal(
      Loan loan,
      Money amount,
      List<AllocatedAmount> lines,
      long unpostedPenalty,
      long suspendedPenalty,
      LocalDate on) {
    long[] credits = new long[Account.values().length];
    long[] debits = new long[Account.values().length];
    for (AllocatedAmount a : lines) {
      Installment i = loan.installment(a.installment());
      if (loan.isInSuspense(i)
          && (a.component() == Component.INTEREST || a.component() == Component.FEE)) {
        // paid: no longer suspended, now income
        boolean interest = a.component() == Component.INTEREST;
        debits[(interest ? Account.INTEREST_SUSPENSE : Account.FEE_SUSPENSE).ordinal()] +=
            a.amount().minor();
        credits[(interest ? Account.INTEREST_INCOME : Account.FEE_INCOME).ordinal()] +=
            a.amount().minor();
      }
      Account account =
          switch (a.component()) {
            case PRINCIPAL -> Account.LOANS_RECEIVABLE;
            case PENALTY -> Account.PENALTY_RECEIVABLE;
            case INTEREST ->
                loan.isRecognised(i) ? Account.INTEREST_RECEIVABLE : Account.INTEREST_INCOME;
            case FEE -> loan.isRecognised(i) ? Account.FEE_RECEIVABLE : Account.FEE_INCOME;
          };
      credits[account.ordinal()] += a.amount().minor();
    }
    credits[Account.PENALTY_RECEIVABLE.ordinal()] -= unpostedPenalty;
    credits[Account.PENALTY_INCOME.ordinal()] += unpostedPenalty + suspendedPenalty;
    debits[Account.PENALTY_SUSPENSE.ordinal()] += suspendedPenalty;
    JournalEntry.Builder entry =
        JournalEntry.builder(EntryKind.REPAYMENT, loan.id(), on)
            .debit(Account.CASH_CLEARING, amount);
    for (Account account : Account.values()) {
      entry.debit(account, Money.ofMinor(debits[account.ordinal()]));
    }
    for (Account account : Account.values()) {
      entry.credit(account, Money.ofMinor(credits[account.ordinal()]));
    }
    return entry.build();
  }
}
