package dev.creditloop.servicing.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

  private static final LocalDate ON = LocalDate.of(2024, 3, 1);

  @Test
  void cannotBeBuiltUnbalanced() {
    assertThatThrownBy(
            () ->
                new JournalEntry(
                    EntryKind.REPAYMENT,
                    1,
                    ON,
                    List.of(
                        JournalLine.debit(Account.CASH_CLEARING, Money.of("100.00")),
                        JournalLine.credit(Account.LOANS_RECEIVABLE, Money.of("99.99")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unbalanced");
  }

  @Test
  void cannotHoldANonPositiveLine() {
    assertThatThrownBy(() -> JournalLine.debit(Account.CASH_CLEARING, Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JournalLine.credit(Account.CASH_CLEARING, Money.of("-1.00")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void needsTwoLines() {
    assertThatThrownBy(
            () ->
                JournalEntry.builder(EntryKind.REPAYMENT, 1, ON)
                    .debit(Account.CASH_CLEARING, Money.ZERO)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builderSkipsZeroAmounts() {
    JournalEntry e =
        JournalEntry.builder(EntryKind.REPAYMENT, 1, ON)
            .debit(Account.CASH_CLEARING, Money.of("10.00"))
            .credit(Account.PENALTY_RECEIVABLE, Money.ZERO)
            .credit(Account.INTEREST_RECEIVABLE, Money.of("4.00"))
            .credit(Account.LOANS_RECEIVABLE, Money.of("6.00"))
            .build();
    assertThat(e.lines()).hasSize(3);
    assertThat(e.totalDebits()).isEqualTo(Money.of("10.00"));
  }

  @Test
  void trialBalanceAddsUpPerAccount() {
    TrialBalance tb =
        TrialBalance.of(
            List.of(
                JournalEntry.of(
                    EntryKind.DISBURSEMENT,
                    1,
                    ON,
                    Account.LOANS_RECEIVABLE,
                    Account.CASH_CLEARING,
                    Money.of("1000.00")),
                JournalEntry.of(
                    EntryKind.INTEREST_RECOGNITION,
                    1,
                    ON,
                    Account.INTEREST_RECEIVABLE,
                    Account.INTEREST_INCOME,
                    Money.of("20.00")),
                JournalEntry.builder(EntryKind.REPAYMENT, 1, ON)
                    .debit(Account.CASH_CLEARING, Money.of("120.00"))
                    .credit(Account.INTEREST_RECEIVABLE, Money.of("20.00"))
                    .credit(Account.LOANS_RECEIVABLE, Money.of("100.00"))
                    .build()));
    assertThat(tb.isBalanced()).isTrue();
    assertThat(tb.totalDebits()).isEqualTo(Money.of("1140.00"));
    assertThat(tb.totalCredits()).isEqualTo(Money.of("1140.00"));
    assertThat(tb.balance(Account.LOANS_RECEIVABLE)).isEqualTo(Money.of("900.00"));
    assertThat(tb.balance(Account.INTEREST_RECEIVABLE)).isEqualTo(Money.ZERO);
    assertThat(tb.balance(Account.INTEREST_INCOME)).isEqualTo(Money.of("-20.00"));
    assertThat(tb.balance(Account.CASH_CLEARING)).isEqualTo(Money.of("-880.00"));
    assertThat(tb.rows()).hasSize(Account.values().length);
  }
}
