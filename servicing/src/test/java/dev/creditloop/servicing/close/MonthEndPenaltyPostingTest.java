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
 * Month-end penalty posting. 6,000.00 at 24% annuity over 6 months drawn 15 Jan 2024, penalty 0.36
 * / 360 a day, no grace: instalment 1 (principal 951.15) is unpaid at the close of 15 Feb (dpd 1),
 * 0.95 a day from that day.
 */
class MonthEndPenaltyPostingTest {

  private static final LocalDate DRAWN = LocalDate.of(2024, 1, 15);
  private static final LocalDate FEB_29 = LocalDate.of(2024, 2, 29);
  private final CloseLoanDay close = new CloseLoanDay(PenaltyPosting.MONTH_END);
  private final List<JournalEntry> journal = new ArrayList<>();
  private CreditLine line;

  private Loan draw() {
    line = aCreditLine().withLimit("10000.00").build();
    DrawdownResult d =
        new DrawDown()
            .draw(line, aProduct().withMonths(6).build(), Money.of("6000.00"), 6, 1, DRAWN);
    journal.addAll(d.entries());
    return d.loan();
  }

  private void closeThrough(Loan loan, LocalDate last) {
    LocalDate from = loan.closedThrough().map(d -> d.plusDays(1)).orElse(DRAWN);
    for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
      journal.addAll(close.close(loan, d).entries());
    }
  }

  private List<JournalEntry> penaltyEntries() {
    return journal.stream().filter(e -> e.kind() == EntryKind.PENALTY_ACCRUAL).toList();
  }

  private Money penaltyReceivable() {
    return TrialBalance.of(journal).balance(Account.PENALTY_RECEIVABLE);
  }

  @Test
  void theMonthsPenaltyIsChargedDailyAndPostedOnceAtItsLastDay() {
    Loan loan = draw();
    closeThrough(loan, LocalDate.of(2024, 2, 28));
    // 15-28 Feb: 14 days x 0.95, owed by the customer, not yet in the journal
    assertThat(loan.penaltyAccrued()).isEqualTo(Money.of("13.30"));
    assertThat(loan.penaltyUnposted()).isEqualTo(Money.of("13.30"));
    assertThat(penaltyEntries()).isEmpty();

    closeThrough(loan, FEB_29);
    assertThat(penaltyEntries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.postedOn()).isEqualTo(FEB_29);
              assertThat(e.lines())
                  .containsExactly(
                      JournalLine.debit(Account.PENALTY_RECEIVABLE, Money.of("14.25")),
                      JournalLine.credit(Account.PENALTY_INCOME, Money.of("14.25")));
            });
    assertThat(loan.penaltyUnposted()).isEqualTo(Money.ZERO);
    assertThat(penaltyReceivable()).isEqualTo(loan.penaltyAccrued());

    closeThrough(loan, LocalDate.of(2024, 3, 10));
    assertThat(loan.penaltyUnposted()).isEqualTo(Money.of("9.50"));
    assertThat(penaltyEntries()).hasSize(1);
  }

  @Test
  void aCloseCatchingUpOverAMonthEndPostsWhatWasChargedThroughThatDay() {
    Loan loan = draw();
    closeThrough(loan, LocalDate.of(2024, 2, 20));
    journal.addAll(close.close(loan, LocalDate.of(2024, 3, 5)).entries());
    assertThat(penaltyEntries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.postedOn()).isEqualTo(FEB_29);
              assertThat(e.totalDebits()).isEqualTo(Money.of("14.25"));
            });
    // 1-5 Mar wait for the end of March
    assertThat(loan.penaltyUnposted()).isEqualTo(Money.of("4.75"));
  }

  @Test
  void penaltyPaidBeforeItIsPostedGoesStraightToIncomeAfterThePostedPart() {
    Loan loan = draw();
    closeThrough(loan, LocalDate.of(2024, 3, 10));
    // posted 14.25 (February), unposted 9.50 (1-10 March); 20.00 pays penalty first
    Allocation a =
        new PostRepayment().post(loan, line, Money.of("20.00"), LocalDate.of(2024, 3, 11));
    journal.add(a.entry());
    assertThat(a.entry().lines())
        .containsExactly(
            JournalLine.debit(Account.CASH_CLEARING, Money.of("20.00")),
            JournalLine.credit(Account.PENALTY_RECEIVABLE, Money.of("14.25")),
            JournalLine.credit(Account.PENALTY_INCOME, Money.of("5.75")));
    assertThat(loan.penaltyUnposted()).isEqualTo(Money.of("3.75"));
    // the receivable holds the unpaid penalty less what is not yet posted: 3.75 - 3.75
    assertThat(penaltyReceivable()).isEqualTo(Money.ZERO);

    closeThrough(loan, LocalDate.of(2024, 3, 31));
    assertThat(loan.penaltyUnposted()).isEqualTo(Money.ZERO);
    assertThat(penaltyReceivable()).isEqualTo(Money.ofMinor(loan.unpaidPenaltyMinor()));
    Money income = TrialBalance.of(journal).balance(Account.PENALTY_INCOME).negate();
    assertThat(income).isEqualTo(loan.penaltyAccrued());
  }

  @Test
  void aWriteOffTakesOnlyThePostedPenaltyOffTheBooks() {
    Loan loan = draw();
    closeThrough(loan, LocalDate.of(2024, 3, 10));
    WriteOff w =
        new WriteOffLoan().writeOff(loan, line, LocalDate.of(2024, 3, 11), "uncollectable", "ops");
    journal.addAll(w.entries());
    assertThat(w.writtenOff().penalty()).isEqualTo(Money.of("14.25"));
    assertThat(loan.penaltyUnposted()).isEqualTo(Money.ZERO);
    assertThat(penaltyReceivable()).isEqualTo(Money.ZERO);
    assertThat(TrialBalance.of(journal).isBalanced()).isTrue();
  }

  @Test
  void dailyPostingPostsEachDaysChargeThatDay() {
    CloseLoanDay daily = new CloseLoanDay(PenaltyPosting.DAILY);
    Loan loan = draw();
    for (LocalDate d = DRAWN; !d.isAfter(LocalDate.of(2024, 2, 20)); d = d.plusDays(1)) {
      journal.addAll(daily.close(loan, d).entries());
    }
    // 15-20 Feb
    assertThat(penaltyEntries()).hasSize(6);
    assertThat(penaltyEntries())
        .allSatisfy(e -> assertThat(e.totalDebits()).isEqualTo(Money.of("0.95")));
    assertThat(loan.penaltyUnposted()).isEqualTo(Money.ZERO);
  }

  @Test
  void switchingToDailyPostsWhatMonthEndPostingLeftAtTheNextClose() {
    Loan loan = draw();
    closeThrough(loan, LocalDate.of(2024, 3, 10));
    List<JournalEntry> next =
        new CloseLoanDay(PenaltyPosting.DAILY).close(loan, LocalDate.of(2024, 3, 11)).entries();
    assertThat(next)
        .singleElement()
        .satisfies(e -> assertThat(e.totalDebits()).isEqualTo(Money.of("10.45")));
    assertThat(loan.penaltyUnposted()).isEqualTo(Money.ZERO);
  }
}
