package dev.creditloop.servicing.journal;

import dev.creditloop.kernel.Money;
import java.util.Objects;

/** One side of an entry: a strictly positive amount debited or credited to an account. */
public record JournalLine(Account account, Side side, Money amount) {

  public JournalLine {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("journal line amount must be positive: " + amount);
    }
  }

  public static JournalLine debit(Account account, Money amount) {
    return new JournalLine(account, Side.DEBIT, amount);
  }

  public static JournalLine credit(Account account, Money amount) {
    return new JournalLine(account, Side.CREDIT, amount);
  }
}
