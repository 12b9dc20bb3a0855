package dev.creditloop.servicing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.allocation.Payoff;
import dev.creditloop.servicing.allocation.PostRepayment;
import dev.creditloop.servicing.close.CloseLoanDay;
import dev.creditloop.servicing.close.PenaltyPosting;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.fixtures.RandomBooks;
import dev.creditloop.servicing.fixtures.RandomBooks.Step;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.EntryKind;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.journal.JournalLine;
import dev.creditloop.servicing.journal.TrialBalance;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.DrawdownResult;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.InstallmentStatus;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.loan.RecoverWrittenOffLoan;
import dev.creditloop.servicing.loan.WriteOffLoan;
import dev.creditloop.servicing.product.Component;
import dev.creditloop.servicing.product.Product;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The journal agrees with the loans over random lives: drawdown, closes, partial and full
 * repayments, write-off and recoveries, under daily and month-end penalty posting, with random
 * non-accrual thresholds and penalty caps. Every entry balances, the trial balance totals match,
 * and each receivable and suspense account holds exactly what the loan says is owed and recognised
 * (penalty: less what the close has not yet posted, none on a month's last day). Income is never
 * recognised after the loan becomes non-accrual except from cash received, and the penalty never
 * passes its caps.
 */
class BookProperties {

  private static final Set<Account> INCOME =
      Set.of(Account.INTEREST_INCOME, Account.FEE_INCOME, Account.PENALTY_INCOME);

  @Provide
  Arbitrary<Product> products() {
    return RandomBooks.products(
        Arbitraries.of("100", "0.36", "0.6", "1.2"), Arbitraries.of("", "", "0", "0.05", "0.3"));
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomBooks.steps();
  }

  @Property(tries = 400)
  void journalBalancesAndMatchesTheLoan(
      @ForAll("products") Product product,
      @ForAll @LongRange(min = 10_000, max = 5_000_000) long principalFen,
      @ForAll("steps") List<Step> steps,
      @ForAll PenaltyPosting posting,
      @ForAll @IntRange(min = 1, max = 120) int nonAccrualDpd) {
    LocalDate today = LocalDate.of(2024, 1, 31);
    CreditLine line =
        CreditLine.grant(
            1, 1, product.code(), Money.ofMinor(10_000_000), today, today.plusYears(5));
    DrawdownResult drawdown =
        new DrawDown()
            .draw(
                line,
                product,
                Money.ofMinor(principalFen),
                product.allowedTerms().first(),
                1,
                today);
    Loan loan = drawdown.loan();
    List<JournalEntry> journal = new ArrayList<>(drawdown.entries());
    long repaid = 0;
    long recovered = 0;
    // income recognised when the loan became non-accrual, and cash received since
    Long incomeAtNonAccrual = null;
    long cashSinceNonAccrual = 0;
    CloseLoanDay close = new CloseLoanDay(posting, nonAccrualDpd);

    for (Step step : steps) {
      if (loan.status() == LoanStatus.SETTLED) {
        break;
      }
      if (loan.status() == LoanStatus.WRITTEN_OFF) {
        if (step.kind() == RandomBooks.Kind.REPAY) {
          long left = loan.writtenOff().orElseThrow().total().minus(loan.recovered()).minor();
          if (left > 0) {
            long amount = Math.max(1, left * (step.value() % 1000 + 1) / 1000);
            journal.add(
                new RecoverWrittenOffLoan().recover(loan, Money.ofMinor(amount), today).entry());
            recovered += amount;
          }
        }
        assertBooksAgree(journal, loan, line, principalFen, repaid, recovered);
        continue;
      }
      switch (step.kind()) {
        case ADVANCE -> {
          for (int d = 0; d <= step.value() % 40; d++) {
            long penaltyBefore = loan.penaltyAccrued().minor();
            List<JournalEntry> closed = close.close(loan, today).entries();
            journal.addAll(closed);
            if (loan.penaltyAccrued().minor() > penaltyBefore) {
              assertPenaltyWithinCaps(loan, product, today);
            }
            if (loan.isNonAccrual()) {
              assertThat(loan.nonAccrualOn().orElseThrow()).isBeforeOrEqualTo(today);
              if (incomeAtNonAccrual == null) {
                incomeAtNonAccrual = income(journal);
              } else {
                assertNoIncomeRecognised(closed);
              }
            }
            if (loan.isOpen() && today.getDayOfMonth() == today.lengthOfMonth()) {
              assertThat(loan.penaltyUnposted()).as("unposted at month end").isEqualTo(Money.ZERO);
            }
            today = today.plusDays(1);
          }
        }
        case REPAY, SETTLE -> {
          Money payoff = Payoff.quote(loan, today).total();
          long amount =
              step.kind() == RandomBooks.Kind.SETTLE
                  ? payoff.minor()
                  : Math.max(1, payoff.minor() * (step.value() % 1000 + 1) / 1000);
          Allocation a = new PostRepayment().post(loan, line, Money.ofMinor(amount), today);
          journal.add(a.entry());
          repaid += amount;
          if (incomeAtNonAccrual != null) {
            cashSinceNonAccrual += amount;
          }
        }
        case WRITE_OFF ->
            journal.addAll(
                new WriteOffLoan().writeOff(loan, line, today, "property", "test").entries());
      }
      if (incomeAtNonAccrual != null && loan.isOpen()) {
        // after non-accrual, income grows only by cash received
        assertThat(income(journal) - incomeAtNonAccrual).isLessThanOrEqualTo(cashSinceNonAccrual);
      }
      assertBooksAgree(journal, loan, line, principalFen, repaid, recovered);
    }
  }

  /** Income (credit balance) of interest, fee and penalty over the journal, in fen. */
  private static long income(List<JournalEntry> journal) {
    TrialBalance tb = TrialBalance.of(journal);
    long total = 0;
    for (Account a : INCOME) {
      total -= tb.balance(a).minor();
    }
    return total;
  }

  /** A close after the non-accrual day posts nothing to income. */
  private static void assertNoIncomeRecognised(List<JournalEntry> closed) {
    for (JournalEntry e : closed) {
      assertThat(e.kind()).isIn(EntryKind.INTEREST_SUSPENDED, EntryKind.PENALTY_SUSPENDED);
      for (JournalLine l : e.lines()) {
        assertThat(l.account()).as(e.toString()).isNotIn(INCOME);
      }
    }
  }

  /** After a day that charged penalty: the loan's penalty is within both caps of that day. */
  private static void assertPenaltyWithinCaps(Loan loan, Product product, LocalDate day) {
    long penalty = loan.penaltyAccrued().minor();
    long overduePrincipal = 0;
    long interestAndFees = 0;
    for (Installment i : loan.installments()) {
      if (i.status() == InstallmentStatus.OVERDUE) {
        overduePrincipal += i.unpaidMinor(Component.PRINCIPAL);
      }
      if (!i.dueDate().isAfter(day)) {
        interestAndFees += i.due(Component.INTEREST).minor() + i.due(Component.FEE).minor();
      }
    }
    if (product.penaltyCapShareOfOverduePrincipal() != null) {
      BigDecimal cap =
          product
              .penaltyCapShareOfOverduePrincipal()
              .value()
              .multiply(BigDecimal.valueOf(overduePrincipal));
      assertThat(BigDecimal.valueOf(penalty))
          .as("penalty within its share of overdue principal")
          .isLessThanOrEqualTo(cap);
    }
    long days = day.toEpochDay() - loan.drawnOn().toEpochDay() + 1;
    BigDecimal cost =
        BigDecimal.valueOf(interestAndFees + penalty)
            .multiply(BigDecimal.valueOf(product.dayCountBasis().days()))
            .divide(BigDecimal.valueOf(loan.principal().minor() * days), 10, RoundingMode.HALF_UP);
    assertThat(cost)
        .as("comprehensive annualised cost within the APR cap")
        .isLessThanOrEqualTo(product.aprCap().value());
  }

  private static void assertBooksAgree(
      List<JournalEntry> journal,
      Loan loan,
      CreditLine line,
      long principal,
      long repaid,
      long recovered) {
    TrialBalance tb = TrialBalance.of(journal);
    assertThat(tb.isBalanced()).isTrue();
    assertThat(tb.totalDebits()).isEqualTo(tb.totalCredits());
    for (JournalEntry e : journal) {
      assertThat(e.lines()).allSatisfy(l -> assertThat(l.amount().isPositive()).isTrue());
    }
    long interestOwed = 0;
    long feeOwed = 0;
    long interestSuspended = 0;
    long feeSuspended = 0;
    long penaltyOwed = 0;
    long interestEarned = 0;
    for (Installment i : loan.installments()) {
      if (loan.isRecognised(i)) {
        interestOwed += i.unpaidMinor(Component.INTEREST);
        feeOwed += i.unpaidMinor(Component.FEE);
        if (loan.isInSuspense(i)) {
          interestSuspended += i.unpaidMinor(Component.INTEREST);
          feeSuspended += i.unpaidMinor(Component.FEE);
        }
      }
      penaltyOwed += i.unpaidMinor(Component.PENALTY);
      interestEarned += i.paid(Component.INTEREST).minor();
    }
    if (loan.status() != LoanStatus.WRITTEN_OFF) {
      assertThat(tb.balance(Account.LOANS_RECEIVABLE)).isEqualTo(loan.outstandingPrincipal());
      assertThat(tb.balance(Account.INTEREST_RECEIVABLE)).isEqualTo(Money.ofMinor(interestOwed));
      assertThat(tb.balance(Account.FEE_RECEIVABLE)).isEqualTo(Money.ofMinor(feeOwed));
      assertThat(tb.balance(Account.PENALTY_RECEIVABLE))
          .isEqualTo(Money.ofMinor(penaltyOwed).minus(loan.penaltyUnposted()));
      assertThat(tb.balance(Account.INTEREST_SUSPENSE).negate())
          .isEqualTo(Money.ofMinor(interestSuspended));
      assertThat(tb.balance(Account.FEE_SUSPENSE).negate()).isEqualTo(Money.ofMinor(feeSuspended));
      assertThat(tb.balance(Account.PENALTY_SUSPENSE).negate()).isEqualTo(loan.penaltySuspense());
      assertThat(tb.balance(Account.PENALTY_INCOME).negate())
          .isEqualTo(
              loan.penaltyAccrued().minus(loan.penaltyUnposted()).minus(loan.penaltySuspense()));
      assertThat(tb.balance(Account.INTEREST_INCOME).negate())
          .isEqualTo(Money.ofMinor(interestEarned + interestOwed - interestSuspended));
      assertThat(line.outstandingPrincipal()).isEqualTo(loan.outstandingPrincipal());
      if (!loan.isNonAccrual()) {
        assertThat(loan.penaltySuspense()).isEqualTo(Money.ZERO);
      }
    } else {
      for (Account account :
          List.of(
              Account.LOANS_RECEIVABLE,
              Account.INTEREST_RECEIVABLE,
              Account.FEE_RECEIVABLE,
              Account.PENALTY_RECEIVABLE,
              Account.INTEREST_SUSPENSE,
              Account.FEE_SUSPENSE,
              Account.PENALTY_SUSPENSE)) {
        assertThat(tb.balance(account)).as(account.name()).isEqualTo(Money.ZERO);
      }
      assertThat(loan.outstandingPrincipal()).isEqualTo(Money.ZERO);
      assertThat(line.outstandingPrincipal()).isEqualTo(Money.ZERO);
      assertThat(loan.recovered()).isLessThanOrEqualTo(loan.writtenOff().orElseThrow().total());
      assertThat(tb.balance(Account.RECOVERY_INCOME).negate()).isEqualTo(Money.ofMinor(recovered));
    }
    assertThat(tb.balance(Account.CASH_CLEARING))
        .isEqualTo(Money.ofMinor(repaid + recovered - principal));
  }
}
