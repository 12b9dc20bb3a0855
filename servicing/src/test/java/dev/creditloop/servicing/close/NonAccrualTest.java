package dev.creditloop.servicing.close;

import static dev.creditloop.servicing.fixtures.CreditLineBuilder.aCreditLine;
import static dev.creditloop.servicing.fixtures.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.allocation.PostRepayment;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.EntryKind;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.journal.JournalLine;
import dev.creditloop.servicing.journal.TrialBalance;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.DrawdownResult;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.WriteOff;
import dev.creditloop.servicing.loan.WriteOffLoan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Non-accrual (非应计) at a threshold of 10 dpd. 6,000.00 at 24% annuity over 6 months drawn 15 Jan
 * 2024, penalty 0.36 / 360, no grace, APR cap 36% (room for the penalty): instalment 1 (principal
 * 951.15, interest 120.00) is unpaid from its due date 15 Feb, 0.95 of penalty a day. dpd reaches
 * 10 at the close of 24 Feb ((24 + 1) − 15): the loan is non-accrual from that day.
 */
class NonAccrualTest {

  private static final LocalDate DRAWN = LocalDate.of(2024, 1, 15);
  private static final LocalDate FEB_24 = LocalDate.of(2024, 2, 24);
  private final List<JournalEntry> journal = new ArrayList<>();
  private CreditLine line;

  private Loan draw() {
    line = aCreditLine().withLimit("10000.00").build();
    DrawdownResult d =
        new DrawDown()
            .draw(
                line,
                aProduct().withMonths(6).withCap("0.36").build(),
                Money.of("6000.00"),
                6,
                1,
                DRAWN);
    journal.addAll(d.entries());
    return d.loan();
  }

  private void closeThrough(CloseLoanDay close, Loan loan, LocalDate last) {
    LocalDate from = loan.closedThrough().map(d -> d.plusDays(1)).orElse(DRAWN);
    for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
      journal.addAll(close.close(loan, d).entries());
    }
  }

  private Money balance(Account account) {
    return TrialBalance.of(journal).balance(account);
  }

  @Test
  void theLoanStopsAccruingAtTheCloseWhoseDpdReachesTheThreshold() {
    CloseLoanDay close = new CloseLoanDay(PenaltyPosting.MONTH_END, 10);
    Loan loan = draw();
    closeThrough(close, loan, FEB_24.minusDays(1));
    assertThat(loan.dpd()).isEqualTo(9);
    assertThat(loan.isNonAccrual()).isFalse();

    closeThrough(close, loan, FEB_24);
    assertThat(loan.dpd()).isEqualTo(10);
    assertThat(loan.nonAccrualOn()).contains(FEB_24);
    // 15-23 Feb were charged while the loan accrued (9 × 0.95): posted to income at once, on 24 Feb
    assertThat(journal.get(journal.size() - 1))
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(EntryKind.PENALTY_ACCRUAL);
              assertThat(e.postedOn()).isEqualTo(FEB_24);
              assertThat(e.lines())
                  .containsExactly(
                      JournalLine.debit(Account.PENALTY_RECEIVABLE, Money.of("8.55")),
                      JournalLine.credit(Account.PENALTY_INCOME, Money.of("8.55")));
            });
    assertThat(loan.penaltyUnposted()).isEqualTo(Money.of("0.95"));

    // 24-29 Feb (6 × 0.95) go to suspense at the month end, not to income
    closeThrough(close, loan, LocalDate.of(2024, 2, 29));
    assertThat(journal.get(journal.size() - 1).lines())
        .containsExactly(
            JournalLine.debit(Account.PENALTY_RECEIVABLE, Money.of("5.70")),
            JournalLine.credit(Account.PENALTY_SUSPENSE, Money.of("5.70")));
    assertThat(loan.penaltySuspense()).isEqualTo(Money.of("5.70"));

    // instalment 2 falls due on 15 Mar: 5048.85 × 0.02 = 100.98 to suspense
    closeThrough(close, loan, LocalDate.of(2024, 3, 15));
    assertThat(journal)
        .filteredOn(e -> e.kind() == EntryKind.INTEREST_SUSPENDED)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.lines())
                    .containsExactly(
                        JournalLine.debit(Account.INTEREST_RECEIVABLE, Money.of("100.98")),
                        JournalLine.credit(Account.INTEREST_SUSPENSE, Money.of("100.98"))));
    assertThat(balance(Account.INTEREST_INCOME)).isEqualTo(Money.of("-120.00"));
    assertThat(balance(Account.PENALTY_INCOME)).isEqualTo(Money.of("-8.55"));
  }

  @Test
  void cashForSuspendedAmountsMovesThemToIncome() {
    CloseLoanDay close = new CloseLoanDay(PenaltyPosting.MONTH_END, 10);
    Loan loan = draw();
    closeThrough(close, loan, LocalDate.of(2024, 2, 29));
    // unpaid penalty 14.25: 8.55 posted to income, 5.70 to suspense; paid oldest first, then
    // interest
    Allocation a =
        new PostRepayment().post(loan, line, Money.of("20.00"), LocalDate.of(2024, 3, 1));
    journal.add(a.entry());
    assertThat(a.entry().lines())
        .containsExactlyInAnyOrder(
            JournalLine.debit(Account.CASH_CLEARING, Money.of("20.00")),
            JournalLine.debit(Account.PENALTY_SUSPENSE, Money.of("5.70")),
            JournalLine.credit(Account.PENALTY_RECEIVABLE, Money.of("14.25")),
            JournalLine.credit(Account.PENALTY_INCOME, Money.of("5.70")),
            JournalLine.credit(Account.INTEREST_RECEIVABLE, Money.of("5.75")));
    assertThat(loan.penaltySuspense()).isEqualTo(Money.ZERO);
    assertThat(balance(Account.PENALTY_SUSPENSE)).isEqualTo(Money.ZERO);
    assertThat(balance(Account.PENALTY_INCOME)).isEqualTo(Money.of("-14.25"));
  }

  @Test
  void dailyPostingSendsEachDaysPenaltyToSuspenseFromTheThresholdDay() {
    CloseLoanDay close = new CloseLoanDay(PenaltyPosting.DAILY, 10);
    Loan loan = draw();
    closeThrough(close, loan, LocalDate.of(2024, 2, 26));
    assertThat(journal)
        .filteredOn(e -> e.kind() == EntryKind.PENALTY_SUSPENDED)
        .extracting(JournalEntry::postedOn)
        .containsExactly(FEB_24, FEB_24.plusDays(1), FEB_24.plusDays(2));
    assertThat(balance(Account.PENALTY_INCOME)).isEqualTo(Money.of("-8.55"));
    assertThat(balance(Account.PENALTY_SUSPENSE)).isEqualTo(Money.of("-2.85"));
  }

  @Test
  void aWriteOffClearsSuspenseWithoutExpensingIt() {
    CloseLoanDay close = new CloseLoanDay(PenaltyPosting.DAILY, 10);
    Loan loan = draw();
    closeThrough(close, loan, LocalDate.of(2024, 3, 15));
    // penalty: 15 Feb..14 Mar 29 × 0.95 = 27.55, 15 Mar (1921.32) 1.92 → 29.47, of which 8.55
    // income
    WriteOff w =
        new WriteOffLoan().writeOff(loan, line, LocalDate.of(2024, 3, 16), "uncollectable", "ops");
    journal.addAll(w.entries());
    assertThat(w.entries().get(0).lines())
        .containsExactlyInAnyOrder(
            JournalLine.debit(Account.WRITE_OFF_EXPENSE, Money.of("6128.55")),
            JournalLine.debit(Account.INTEREST_SUSPENSE, Money.of("100.98")),
            JournalLine.debit(Account.PENALTY_SUSPENSE, Money.of("20.92")),
            JournalLine.credit(Account.LOANS_RECEIVABLE, Money.of("6000.00")),
            JournalLine.credit(Account.INTEREST_RECEIVABLE, Money.of("220.98")),
            JournalLine.credit(Account.PENALTY_RECEIVABLE, Money.of("29.47")));
    for (Account a :
        List.of(
            Account.INTEREST_RECEIVABLE,
            Account.PENALTY_RECEIVABLE,
            Account.INTEREST_SUSPENSE,
            Account.PENALTY_SUSPENSE,
            Account.LOANS_RECEIVABLE)) {
      assertThat(balance(a)).as(a.name()).isEqualTo(Money.ZERO);
    }
  }
}
