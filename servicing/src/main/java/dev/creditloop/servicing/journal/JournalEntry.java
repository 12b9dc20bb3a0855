package dev.creditloop.servicing.journal;

import dev.creditloop.kernel.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A balanced posting for one loan on one business date. It cannot be built with no lines, with a
 * non-positive line or with debits different from credits.
 */
public record JournalEntry(
    EntryKind kind, long loanId, LocalDate postedOn, List<JournalLine> lines) {

  public JournalEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(postedOn, "postedOn");
    lines = List.copyOf(lines);
    if (lines.size() < 2) {
      throw new IllegalArgumentException("a journal entry needs at least a debit and a credit");
    }
    long balance = 0;
    for (JournalLine line : lines) {
      long minor = line.amount().minor();
      balance = Math.addExact(balance, line.side() == Side.DEBIT ? minor : -minor);
    }
    if (balance != 0) {
      throw new IllegalArgumentException(
          "unbalanced "
              + kind
              + " entry for loan "
              + loanId
              + ": debits - credits = "
              + Money.ofMinor(balance));
    }
  }

  /** The usual two-line entry. */
  public static JournalEntry of(
      EntryKind kind,
      long loanId,
      LocalDate postedOn,
      Account debit,
      Account credit,
      Money amount) {
    return new JournalEntry(
        kind,
        loanId,
        postedOn,
        List.of(JournalLine.debit(debit, amount), JournalLine.credit(credit, amount)));
  }

  public static Builder builder(EntryKind kind, long loanId, LocalDate postedOn) {
    return new Builder(kind, loanId, postedOn);
  }

  public Money totalDebits() {
    long total = 0;
    for (JournalLine line : lines) {
      if (line.side() == Side.DEBIT) {
        total += line.amount().minor();
      }
    }
    return Money.ofMinor(total);
  }

  /** Collects lines, skipping zero amounts, so callers can post each component unconditionally. */
  public static final class Builder {
    private final EntryKind kind;
    private final long loanId;
    private final LocalDate postedOn;
    private final List<JournalLine> lines = new ArrayList<>(6);

    private Builder(EntryKind kind, long loanId, LocalDate postedOn) {
      this.kind = kind;
      this.loanId = loanId;
      this.postedOn = postedOn;
    }

    public Builder debit(Account account, Money amount) {
      return add(account, Side.DEBIT, amount);
    }

    public Builder credit(Account account, Money amount) {
      return add(account, Side.CREDIT, amount);
    }

    private Builder add(Account account, Side side, Money amount) {
      if (amount.isNegative()) {
        throw new IllegalArgumentException("negative " + side + " to " + account + ": " + amount);
      }
      if (amount.isPositive()) {
        lines.add(new JournalLine(account, side, amount));
      }
      return this;
    }

    public JournalEntry build() {
      return new JournalEntry(kind, loanId, postedOn, lines);
    }
  }
}
