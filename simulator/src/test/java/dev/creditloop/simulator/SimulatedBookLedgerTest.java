package dev.creditloop.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.servicing.close.PenaltyPosting;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.EntryKind;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.journal.TrialBalance;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.product.Component;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulated book is a real ledger: the journal agrees with the loans and lines it produced. */
class SimulatedBookLedgerTest {

  private static InMemorySink book;

  @BeforeAll
  static void simulate() {
    book = new InMemorySink();
    new Simulation().run(SimulationConfig.of(2_000, 6, 99L), book);
  }

  @Test
  void trialBalanceBalancesAndReceivablesMatchTheLoans() {
    TrialBalance tb = TrialBalance.of(book.journal());
    assertThat(tb.isBalanced()).isTrue();

    long principal = 0;
    long interest = 0;
    long fee = 0;
    long penalty = 0;
    for (Loan loan : book.loans()) {
      principal += loan.outstandingPrincipal().minor();
      for (Installment i : loan.installments()) {
        penalty += i.unpaidMinor(Component.PENALTY);
        if (loan.isRecognised(i)) {
          interest += i.unpaidMinor(Component.INTEREST);
          fee += i.unpaidMinor(Component.FEE);
        }
      }
    }
    assertThat(principal).isPositive();
    assertThat(tb.balance(Account.LOANS_RECEIVABLE).minor()).isEqualTo(principal);
    assertThat(tb.balance(Account.INTEREST_RECEIVABLE).minor()).isEqualTo(interest);
    assertThat(tb.balance(Account.FEE_RECEIVABLE).minor()).isEqualTo(fee);
    assertThat(tb.balance(Account.PENALTY_RECEIVABLE).minor()).isEqualTo(penalty);
    assertThat(penalty).isPositive();
  }

  @Test
  void cashClearingIsRepaymentsLessDisbursements() {
    long disbursed = 0;
    long repaid = 0;
    for (JournalEntry e : book.journal()) {
      if (e.kind() == EntryKind.DISBURSEMENT) {
        disbursed += e.totalDebits().minor();
      } else if (e.kind() == EntryKind.REPAYMENT) {
        repaid += e.totalDebits().minor();
      }
    }
    assertThat(TrialBalance.of(book.journal()).balance(Account.CASH_CLEARING).minor())
        .isEqualTo(repaid - disbursed);
  }

  @Test
  void everyLoansPrincipalIsTheSumOfItsInstalmentsPrincipal() {
    for (Loan loan : book.loans()) {
      long sum = 0;
      for (Installment i : loan.installments()) {
        sum += i.due(Component.PRINCIPAL).minor();
      }
      assertThat(sum).as("loan %d", loan.id()).isEqualTo(loan.principal().minor());
    }
  }

  @Test
  void eachLinesOutstandingIsWhatItsLoansStillOwe() {
    Map<Long, Long> owed = new HashMap<>();
    for (Loan loan : book.loans()) {
      owed.merge(loan.lineId(), loan.outstandingPrincipal().minor(), Long::sum);
    }
    for (CreditLine line : book.lines()) {
      assertThat(line.outstandingPrincipal().minor())
          .as("line %d", line.id())
          .isEqualTo(owed.getOrDefault(line.id(), 0L));
    }
  }

  @Test
  void theBookHoldsEveryKindOfLoan() {
    Map<LoanStatus, Long> byStatus = new HashMap<>();
    for (Loan loan : book.loans()) {
      byStatus.merge(loan.status(), 1L, Long::sum);
    }
    assertThat(byStatus.keySet())
        .contains(LoanStatus.NORMAL, LoanStatus.OVERDUE, LoanStatus.SETTLED);
    assertThat(book.loans().stream().map(Loan::productCode).distinct())
        .containsExactlyInAnyOrder("SIM_CASH12", "SIM_EP6", "SIM_PAYDAY");
    assertThat(
            book.loans().stream()
                .filter(
                    l -> l.bucket().compareTo(dev.creditloop.servicing.delinquency.Bucket.M3) >= 0))
        .isNotEmpty();
  }

  @Test
  void monthEndPostingChangesTheJournalOnlyAndKeepsItWhole() {
    // ends on 9 December: the penalty charged since 30 November is not yet posted
    SimulationConfig config =
        new SimulationConfig(2_000, 6, 99L, LocalDate.of(2025, 6, 10), 0, 3.0);
    InMemorySink book = new InMemorySink();
    new Simulation(PenaltyPosting.DAILY).run(config, book);
    InMemorySink monthEnd = new InMemorySink();
    new Simulation(PenaltyPosting.MONTH_END).run(config, monthEnd);
    assertThat(monthEnd.loans()).hasSameSizeAs(book.loans());
    long unposted = 0;
    long unpaid = 0;
    for (int k = 0; k < book.loans().size(); k++) {
      Loan daily = book.loans().get(k);
      Loan monthly = monthEnd.loans().get(k);
      assertThat(monthly.penaltyAccrued()).isEqualTo(daily.penaltyAccrued());
      assertThat(monthly.outstandingPrincipal()).isEqualTo(daily.outstandingPrincipal());
      unposted += monthly.penaltyUnposted().minor();
      unpaid += monthly.unpaidPenaltyMinor();
    }
    TrialBalance daily = TrialBalance.of(book.journal());
    TrialBalance monthly = TrialBalance.of(monthEnd.journal());
    assertThat(monthly.isBalanced()).isTrue();
    assertThat(unposted).isPositive();
    assertThat(monthly.balance(Account.PENALTY_RECEIVABLE).minor()).isEqualTo(unpaid - unposted);
    // posted penalty is income, or suspense on non-accrual loans (paid suspense becomes income)
    assertThat(
            monthly.balance(Account.PENALTY_INCOME).minor()
                + monthly.balance(Account.PENALTY_SUSPENSE).minor())
        .isEqualTo(
            daily.balance(Account.PENALTY_INCOME).minor()
                + daily.balance(Account.PENALTY_SUSPENSE).minor()
                + unposted);
    for (Account a :
        new Account[] {
          Account.LOANS_RECEIVABLE, Account.INTEREST_RECEIVABLE, Account.CASH_CLEARING
        }) {
      assertThat(monthly.balance(a)).as(a.name()).isEqualTo(daily.balance(a));
    }
    long dailyEntries =
        book.journal().stream()
            .filter(
                e ->
                    e.kind() == EntryKind.PENALTY_ACCRUAL
                        || e.kind() == EntryKind.PENALTY_SUSPENDED)
            .count();
    long monthlyEntries =
        monthEnd.journal().stream()
            .filter(
                e ->
                    e.kind() == EntryKind.PENALTY_ACCRUAL
                        || e.kind() == EntryKind.PENALTY_SUSPENDED)
            .count();
    assertThat(monthlyEntries).isPositive().isLessThan(dailyEntries / 5);
  }

  @Test
  void simulatedProductsAreWithinTheirAprCaps() {
    for (var product : SimulatedProducts.ALL) {
      product.checkAprCap();
    }
  }
}
