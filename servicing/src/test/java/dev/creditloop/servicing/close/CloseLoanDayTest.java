package dev.creditloop.servicing.close;

import static dev.creditloop.servicing.fixtures.CreditLineBuilder.aCreditLine;
import static dev.creditloop.servicing.fixtures.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.allocation.PostRepayment;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.delinquency.Bucket;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.fixtures.ProductBuilder;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.EntryKind;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.journal.JournalLine;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.InstallmentStatus;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.product.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 6,000.00 at 24% annuity over 6 months drawn 15 Jan 2024: due the 15th, Feb to Jul. */
class CloseLoanDayTest {

  private static final LocalDate DRAWN = LocalDate.of(2024, 1, 15);
  private static final LocalDate FEB_15 = LocalDate.of(2024, 2, 15);
  private final CloseLoanDay closeLoanDay = new CloseLoanDay();
  private final List<JournalEntry> journal = new ArrayList<>();
  private final List<ServicingEvent> events = new ArrayList<>();
  private CreditLine line;

  private Loan draw(ProductBuilder product) {
    line = aCreditLine().withLimit("10000.00").build();
    return new DrawDown().draw(line, product.build(), Money.of("6000.00"), 6, 1, DRAWN).loan();
  }

  private void closeThrough(Loan loan, LocalDate last) {
    LocalDate from = loan.closedThrough().map(d -> d.plusDays(1)).orElse(DRAWN);
    for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
      LoanDayClosed closed = closeLoanDay.close(loan, d);
      journal.addAll(closed.entries());
      events.addAll(closed.events());
    }
  }

  private List<BucketChanged> bucketChanges() {
    return events.stream()
        .filter(BucketChanged.class::isInstance)
        .map(BucketChanged.class::cast)
        .toList();
  }

  @Test
  void unpaidInstalmentBecomesOverdueAtTheCloseOfItsDueDate() {
    Loan loan = draw(aProduct().withMonths(6));
    closeThrough(loan, FEB_15.minusDays(1));
    assertThat(loan.installment(1).status()).isEqualTo(InstallmentStatus.PENDING);
    assertThat(loan.dpd()).isZero();
    assertThat(journal).isEmpty();

    closeThrough(loan, FEB_15);

    assertThat(loan.installment(1).status()).isEqualTo(InstallmentStatus.OVERDUE);
    assertThat(loan.status()).isEqualTo(LoanStatus.OVERDUE);
    assertThat(loan.dpd()).isEqualTo(1);
    assertThat(loan.bucket()).isEqualTo(Bucket.M1);
    assertThat(loan.closedThrough()).contains(FEB_15);
    // interest of instalment 1: 6000 × 0.02 = 120.00, recognised on its due date (which also
    // bears its first day of penalty)
    assertThat(journal.stream().filter(e -> e.kind() != EntryKind.PENALTY_ACCRUAL))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(EntryKind.INTEREST_RECOGNITION);
              assertThat(e.postedOn()).isEqualTo(FEB_15);
              assertThat(e.lines())
                  .containsExactly(
                      JournalLine.debit(Account.INTEREST_RECEIVABLE, Money.of("120.00")),
                      JournalLine.credit(Account.INTEREST_INCOME, Money.of("120.00")));
            });
    assertThat(events).hasAtLeastOneElementOfType(InstallmentOverdue.class);
  }

  @Test
  void interestPaidBeforeTheDueDateIsNotRecognisedAgain() {
    Loan loan = draw(aProduct().withMonths(6));
    new PostRepayment().post(loan, line, Money.of("50.00"), LocalDate.of(2024, 2, 10));
    closeThrough(loan, FEB_15);
    assertThat(journal.get(0).lines())
        .contains(JournalLine.debit(Account.INTEREST_RECEIVABLE, Money.of("70.00")));
  }

  @Test
  void instalmentPaidOnTimeNeverBecomesOverdue() {
    Loan loan = draw(aProduct().withMonths(6));
    Money due = loan.installment(1).unpaidTotal();
    new PostRepayment().post(loan, line, due, FEB_15);
    closeThrough(loan, FEB_15.plusDays(3));
    assertThat(loan.installment(1).status()).isEqualTo(InstallmentStatus.PAID);
    assertThat(loan.status()).isEqualTo(LoanStatus.NORMAL);
    assertThat(journal).isEmpty();
    assertThat(events).isEmpty();
  }

  @Test
  void agesThroughM1ToM3ThenCuresWhenArrearsArePaid() {
    Loan loan = draw(aProduct().withMonths(6));
    closeThrough(loan, LocalDate.of(2024, 4, 15));
    // close of 16 Mar: dpd = 17 Mar − 15 Feb = 31 (2024 is a leap year) → M2;
    // close of 15 Apr: dpd = 16 Apr − 15 Feb = 61 → M3
    assertThat(bucketChanges())
        .containsExactly(
            new BucketChanged(1, Bucket.M0, Bucket.M1, FEB_15, 1),
            new BucketChanged(1, Bucket.M1, Bucket.M2, LocalDate.of(2024, 3, 16), 31),
            new BucketChanged(1, Bucket.M2, Bucket.M3, LocalDate.of(2024, 4, 15), 61));
    assertThat(loan.dpd()).isEqualTo(61);

    LocalDate apr16 = LocalDate.of(2024, 4, 16);
    Money arrears = Money.ZERO;
    for (Installment i : loan.installments()) {
      if (i.status() == InstallmentStatus.OVERDUE) {
        arrears = arrears.plus(i.unpaidTotal());
      }
    }
    new PostRepayment().post(loan, line, arrears, apr16);
    // dpd and bucket are close-of-day figures: the cure shows at tonight's close
    assertThat(loan.status()).isEqualTo(LoanStatus.OVERDUE);
    closeThrough(loan, apr16);
    assertThat(loan.status()).isEqualTo(LoanStatus.NORMAL);
    assertThat(loan.dpd()).isZero();
    assertThat(bucketChanges())
        .last()
        .isEqualTo(new BucketChanged(1, Bucket.M3, Bucket.M0, apr16, 0));
  }

  @Test
  void dpdCountsFromTheOldestUnpaidInstalment() {
    Loan loan = draw(aProduct().withMonths(6));
    closeThrough(loan, LocalDate.of(2024, 3, 20));
    // instalment 1 (15 Feb) and 2 (15 Mar) unpaid: dpd = 21 Mar − 15 Feb = 35
    assertThat(loan.dpd()).isEqualTo(35);
    new PostRepayment()
        .post(loan, line, loan.installment(1).unpaidTotal(), LocalDate.of(2024, 3, 21));
    closeThrough(loan, LocalDate.of(2024, 3, 21));
    // now the oldest unpaid is instalment 2: dpd = 22 Mar − 15 Mar = 7
    assertThat(loan.dpd()).isEqualTo(7);
    assertThat(loan.bucket()).isEqualTo(Bucket.M1);
  }

  @Test
  void penaltyStartsOnTheDayDpdPassesTheGraceDays() {
    // grace 3 days; instalment 1 is due 15 Feb. dpd after the close of D = (D + 1) − 15 Feb:
    // 15 Feb → 1, 16 → 2, 17 → 3 (within the grace, free), 18 Feb → 4 = grace + 1: the first
    // penalty day. Principal of instalment 1: 1071.15 − 120.00 = 951.15 → 951.15 × 0.001 = 0.95
    Loan loan = draw(aProduct().withMonths(6).withGraceDays(3));
    assertThat(loan.installment(1).due(Component.PRINCIPAL)).isEqualTo(Money.of("951.15"));
    closeThrough(loan, LocalDate.of(2024, 2, 17));
    assertThat(loan.dpd()).isEqualTo(3);
    assertThat(loan.penaltyAccrued()).isEqualTo(Money.ZERO);
    closeThrough(loan, LocalDate.of(2024, 2, 18));
    assertThat(loan.dpd()).isEqualTo(4);
    assertThat(loan.penaltyAccrued()).isEqualTo(Money.of("0.95"));
    closeThrough(loan, LocalDate.of(2024, 2, 21));
    assertThat(loan.penaltyAccrued()).isEqualTo(Money.of("3.80"));
    assertThat(journal.stream().filter(e -> e.kind() == EntryKind.PENALTY_ACCRUAL))
        .hasSize(4)
        .first()
        .satisfies(
            e -> {
              assertThat(e.postedOn()).isEqualTo(LocalDate.of(2024, 2, 18));
              assertThat(e.lines())
                  .containsExactly(
                      JournalLine.debit(Account.PENALTY_RECEIVABLE, Money.of("0.95")),
                      JournalLine.credit(Account.PENALTY_INCOME, Money.of("0.95")));
            });
  }

  @Test
  void withoutGraceTheDueDateItselfIsTheFirstPenaltyDay() {
    // grace 0: at the close of 15 Feb the instalment is overdue and dpd is 1, so 15 Feb bears
    // penalty
    Loan loan = draw(aProduct().withMonths(6).withGraceDays(0));
    closeThrough(loan, FEB_15.minusDays(1));
    assertThat(loan.penaltyAccrued()).isEqualTo(Money.ZERO);
    closeThrough(loan, FEB_15);
    assertThat(loan.dpd()).isEqualTo(1);
    assertThat(loan.penaltyAccrued()).isEqualTo(Money.of("0.95"));
  }

  @Test
  void penaltyOfEveryOverdueInstalmentIsChargedToTheOldest() {
    // an APR cap of 36% leaves room for the penalty (at 24% the interest alone fills it)
    Loan loan = draw(aProduct().withMonths(6).withCap("0.36"));
    closeThrough(loan, LocalDate.of(2024, 3, 16));
    // 16 Mar: both instalments overdue, base 951.15 + 970.17 = 1921.32 → 1.92
    assertThat(loan.installment(2).due(Component.PRINCIPAL)).isEqualTo(Money.of("970.17"));
    assertThat(journal.get(journal.size() - 1).lines())
        .contains(JournalLine.debit(Account.PENALTY_RECEIVABLE, Money.of("1.92")));
    assertThat(loan.installment(2).due(Component.PENALTY)).isEqualTo(Money.ZERO);
    assertThat(loan.installment(1).due(Component.PENALTY)).isEqualTo(loan.penaltyAccrued());
  }

  @Test
  void closingTheSameDayTwiceDoesNothingTheSecondTime() {
    Loan loan = draw(aProduct().withMonths(6));
    closeThrough(loan, LocalDate.of(2024, 2, 20));
    var before = loan.snapshot();
    LoanDayClosed again = closeLoanDay.close(loan, LocalDate.of(2024, 2, 20));
    assertThat(again.applied()).isFalse();
    assertThat(again.entries()).isEmpty();
    assertThat(closeLoanDay.close(loan, LocalDate.of(2024, 2, 1)).applied()).isFalse();
    assertThat(loan.snapshot()).isEqualTo(before);
  }

  @Test
  void skippedDaysAreEachAppliedWhenALaterDayIsClosed() {
    Loan daily = draw(aProduct().withMonths(6).withGraceDays(2));
    closeThrough(daily, LocalDate.of(2024, 3, 25));
    List<JournalEntry> dailyJournal = List.copyOf(journal);
    journal.clear();

    Loan jumping = draw(aProduct().withMonths(6).withGraceDays(2));
    closeThrough(jumping, LocalDate.of(2024, 2, 10));
    journal.addAll(closeLoanDay.close(jumping, LocalDate.of(2024, 3, 25)).entries());

    assertThat(jumping.snapshot()).isEqualTo(daily.snapshot());
    assertThat(journal).containsExactlyInAnyOrderElementsOf(dailyJournal);
  }

  @Test
  void closedLoansAreLeftAlone() {
    Loan loan = draw(aProduct().withMonths(6));
    new PostRepayment().post(loan, line, Money.of("6000.00"), DRAWN);
    assertThat(closeLoanDay.close(loan, LocalDate.of(2024, 12, 1)).applied()).isFalse();
  }
}
