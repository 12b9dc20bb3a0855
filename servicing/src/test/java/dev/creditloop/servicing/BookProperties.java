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
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.journal.TrialBalance;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Drawdown;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.WriteOffLoan;
import dev.creditloop.servicing.product.Component;
import dev.creditloop.servicing.product.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The journal agrees with the loans over random lives: drawdown, closes, partial and full
 * repayments, write-off, under daily and month-end penalty posting. Every entry balances, the trial
 * balance totals match, and each receivable account holds exactly what the loan says is owed and
 * recognised (penalty: less what the close has not yet posted, none on a month's last day).
 */
class BookProperties {

  @Provide
  Arbitrary<Product> products() {
    return RandomBooks.products();
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomBooks.steps();
  }

  @Property(tries = 300)
  void journalBalancesAndMatchesTheLoan(
      @ForAll("products") Product product,
      @ForAll @LongRange(min = 10_000, max = 5_000_000) long principalFen,
      @ForAll("steps") List<Step> steps,
      @ForAll PenaltyPosting posting) {
    LocalDate today = LocalDate.of(2024, 1, 31);
    CreditLine line =
        CreditLine.grant(
            1, 1, product.code(), Money.ofMinor(10_000_000), today, today.plusYears(5));
    Drawdown drawdown =
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
    boolean writtenOff = false;
    CloseLoanDay close = new CloseLoanDay(posting);

    for (Step step : steps) {
      if (!loan.isOpen()) {
        break;
      }
      switch (step.kind()) {
        case ADVANCE -> {
          for (int d = 0; d <= step.value() % 40; d++) {
            journal.addAll(close.close(loan, today).entries());
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
        }
        case WRITE_OFF -> {
          journal.addAll(new WriteOffLoan().writeOff(loan, line, today).entries());
          writtenOff = true;
        }
      }
      assertBooksAgree(journal, loan, line, principalFen, repaid, writtenOff);
    }
  }

  private static void assertBooksAgree(
      List<JournalEntry> journal,
      Loan loan,
      CreditLine line,
      long principal,
      long repaid,
      boolean writtenOff) {
    TrialBalance tb = TrialBalance.of(journal);
    assertThat(tb.isBalanced()).isTrue();
    assertThat(tb.totalDebits()).isEqualTo(tb.totalCredits());
    for (JournalEntry e : journal) {
      assertThat(e.lines()).allSatisfy(l -> assertThat(l.amount().isPositive()).isTrue());
    }
    long interestOwed = 0;
    long feeOwed = 0;
    long penaltyOwed = 0;
    long interestEarned = 0;
    for (Installment i : loan.installments()) {
      if (loan.isRecognised(i)) {
        interestOwed += i.unpaidMinor(Component.INTEREST);
        feeOwed += i.unpaidMinor(Component.FEE);
      }
      penaltyOwed += i.unpaidMinor(Component.PENALTY);
      interestEarned += i.paid(Component.INTEREST).minor();
    }
    if (loan.isOpen() || !writtenOff) {
      assertThat(tb.balance(Account.LOANS_RECEIVABLE)).isEqualTo(loan.outstandingPrincipal());
      assertThat(tb.balance(Account.INTEREST_RECEIVABLE)).isEqualTo(Money.ofMinor(interestOwed));
      assertThat(tb.balance(Account.FEE_RECEIVABLE)).isEqualTo(Money.ofMinor(feeOwed));
      assertThat(tb.balance(Account.PENALTY_RECEIVABLE))
          .isEqualTo(Money.ofMinor(penaltyOwed).minus(loan.penaltyUnposted()));
      assertThat(tb.balance(Account.PENALTY_INCOME).negate())
          .isEqualTo(loan.penaltyAccrued().minus(loan.penaltyUnposted()));
      assertThat(tb.balance(Account.INTEREST_INCOME).negate())
          .isEqualTo(Money.ofMinor(interestEarned + interestOwed));
      assertThat(line.outstandingPrincipal()).isEqualTo(loan.outstandingPrincipal());
    } else {
      for (Account receivable :
          List.of(
              Account.LOANS_RECEIVABLE,
              Account.INTEREST_RECEIVABLE,
              Account.FEE_RECEIVABLE,
              Account.PENALTY_RECEIVABLE)) {
        assertThat(tb.balance(receivable)).as(receivable.name()).isEqualTo(Money.ZERO);
      }
      assertThat(line.outstandingPrincipal()).isEqualTo(Money.ZERO);
    }
    assertThat(tb.balance(Account.CASH_CLEARING)).isEqualTo(Money.ofMinor(repaid - principal));
  }
}
