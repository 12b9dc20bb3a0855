package dev.creditloop.servicing.loan;

import static dev.creditloop.servicing.fixtures.CreditLineBuilder.aCreditLine;
import static dev.creditloop.servicing.fixtures.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.allocation.PostRepayment;
import dev.creditloop.servicing.close.CloseLoanDay;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLineStatus;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.EntryKind;
import dev.creditloop.servicing.journal.JournalLine;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WriteOffLoanTest {

  private static final LocalDate DRAWN = LocalDate.of(2024, 1, 15);

  @Test
  void writesOffPrincipalRecognisedInterestAndPenaltyAndFreezesTheLine() {
    // 3,000.00 over 3 months: after the close of 20 Mar, instalments 1 (60.00) and 2 (40.39) are
    // recognised, 3 (20.40) is not; penalty 980.26 × 0.001 = 0.98 for 29 days (15 Feb..14 Mar),
    // then (980.26 + 999.87) × 0.001 = 1.98 for 6 days (15..20 Mar) → 28.42 + 11.88 = 40.30
    CreditLine line = aCreditLine().withLimit("5000.00").build();
    Loan loan =
        new DrawDown()
            .draw(line, aProduct().withCap("0.36").build(), Money.of("3000.00"), 3, 5, DRAWN)
            .loan();
    CloseLoanDay close = new CloseLoanDay();
    for (LocalDate d = DRAWN; !d.isAfter(LocalDate.of(2024, 3, 20)); d = d.plusDays(1)) {
      close.close(loan, d);
    }

    WriteOff w =
        new WriteOffLoan().writeOff(loan, line, LocalDate.of(2024, 3, 21), "uncollectable", "ops");

    assertThat(w.writtenOff().principal()).isEqualTo(Money.of("3000.00"));
    assertThat(w.writtenOff().interest()).isEqualTo(Money.of("100.39"));
    assertThat(w.writtenOff().penalty()).isEqualTo(Money.of("40.30"));
    assertThat(w.entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(EntryKind.WRITE_OFF);
              assertThat(e.lines())
                  .containsExactlyInAnyOrder(
                      JournalLine.debit(Account.WRITE_OFF_EXPENSE, Money.of("3140.69")),
                      JournalLine.credit(Account.LOANS_RECEIVABLE, Money.of("3000.00")),
                      JournalLine.credit(Account.INTEREST_RECEIVABLE, Money.of("100.39")),
                      JournalLine.credit(Account.PENALTY_RECEIVABLE, Money.of("40.30")));
            });
    assertThat(loan.status()).isEqualTo(LoanStatus.WRITTEN_OFF);
    assertThat(loan.writtenOff()).contains(w.writtenOff());
    assertThat(w.writtenOff().reason()).isEqualTo("uncollectable");
    assertThat(w.writtenOff().by()).isEqualTo("ops");
    // written off, not owed as if live
    assertThat(loan.outstandingPrincipal()).isEqualTo(Money.ZERO);
    assertThat(line.outstandingPrincipal()).isEqualTo(Money.ZERO);
    assertThat(line.status()).isEqualTo(CreditLineStatus.FROZEN);
    assertThat(w.lineFrozen()).isPresent();
    assertThat(close.close(loan, LocalDate.of(2024, 3, 21)).applied()).isFalse();
    assertThatThrownBy(
            () -> new PostRepayment().post(loan, line, Money.of("1.00"), LocalDate.of(2024, 3, 22)))
        .isInstanceOfSatisfying(
            ServicingException.class, e -> assertThat(e.code()).isEqualTo("loan-not-open"));
    assertThatThrownBy(
            () ->
                new WriteOffLoan().writeOff(loan, line, LocalDate.of(2024, 3, 22), "again", "ops"))
        .isInstanceOfSatisfying(
            ServicingException.class, e -> assertThat(e.code()).isEqualTo("loan-not-open"));
  }

  @Test
  void recoveriesAreIncomeOfTheirOwnUpToWhatWasWrittenOff() {
    CreditLine line = aCreditLine().withLimit("5000.00").build();
    Loan loan =
        new DrawDown().draw(line, aProduct().build(), Money.of("1000.00"), 3, 1, DRAWN).loan();
    LoanWrittenOff w =
        new WriteOffLoan().writeOff(loan, line, DRAWN.plusDays(1), "fraud", "ops").writtenOff();
    assertThat(w.total()).isEqualTo(Money.of("1000.00"));

    RecoverWrittenOffLoan.Recovery r =
        new RecoverWrittenOffLoan().recover(loan, Money.of("600.00"), DRAWN.plusDays(30));
    assertThat(r.entry().kind()).isEqualTo(EntryKind.RECOVERY);
    assertThat(r.entry().lines())
        .containsExactly(
            JournalLine.debit(Account.CASH_CLEARING, Money.of("600.00")),
            JournalLine.credit(Account.RECOVERY_INCOME, Money.of("600.00")));
    assertThat(r.leftToRecover()).isEqualTo(Money.of("400.00"));
    assertThatThrownBy(
            () -> new RecoverWrittenOffLoan().recover(loan, Money.of("400.01"), DRAWN.plusDays(31)))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> {
              assertThat(e.code()).isEqualTo("recovery-exceeded");
              assertThat(e.field()).isEqualTo("amount");
            });
    new RecoverWrittenOffLoan().recover(loan, Money.of("400.00"), DRAWN.plusDays(31));
    assertThat(loan.recovered()).isEqualTo(Money.of("1000.00"));
    assertThat(loan.status()).isEqualTo(LoanStatus.WRITTEN_OFF);
  }

  @Test
  void otherLoansOnTheLineKeepTheirOutstandingPrincipal() {
    CreditLine line = aCreditLine().withLimit("5000.00").build();
    Loan bad =
        new DrawDown().draw(line, aProduct().build(), Money.of("1000.00"), 3, 1, DRAWN).loan();
    new DrawDown().draw(line, aProduct().build(), Money.of("2000.00"), 3, 2, DRAWN);
    new WriteOffLoan().writeOff(bad, line, DRAWN.plusDays(100), "uncollectable", "ops");
    assertThat(line.outstandingPrincipal()).isEqualTo(Money.of("2000.00"));
    assertThat(line.available(DRAWN.plusDays(100))).isEqualTo(Money.of("3000.00"));
    assertThatThrownBy(() -> line.reserve(Money.of("1.00"), DRAWN.plusDays(100)))
        .isInstanceOfSatisfying(
            ServicingException.class, e -> assertThat(e.code()).isEqualTo("line-frozen"));
  }
}
