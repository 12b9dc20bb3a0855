package dev.creditloop.servicing.journal;

import dev.creditloop.kernel.Money;
import java.util.ArrayList;
import java.util.List;

/** Debit and credit totals per account over a set of entries; balanced when both totals agree. */
public final class TrialBalance {

  private final long[] debits = new long[Account.values().length];
  private final long[] credits = new long[Account.values().length];

  private TrialBalance() {}

  public static TrialBalance of(Iterable<JournalEntry> entries) {
    TrialBalance tb = new TrialBalance();
    for (JournalEntry entry : entries) {
      for (JournalLine line : entry.lines()) {
        long[] column = line.side() == Side.DEBIT ? tb.debits : tb.credits;
        int i = line.account().ordinal();
        column[i] = Math.addExact(column[i], line.amount().minor());
      }
    }
    return tb;
  }

  /** One row per account, in {@link Account} order, including accounts never posted to. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Account account : Account.values()) {
      rows.add(new Row(account, debits(account), credits(account), balance(account)));
    }
    return rows;
  }

  public Money debits(Account account) {
    return Money.ofMinor(debits[account.ordinal()]);
  }

  public Money credits(Account account) {
    return Money.ofMinor(credits[account.ordinal()]);
  }

  /** Debits minus credits: positive for assets and expenses, negative for income. */
  public Money balance(Account account) {
    return Money.ofMinor(debits[account.ordinal()] - credits[account.ordinal()]);
  }

  public Money totalDebits() {
    return Money.ofMinor(sum(debits));
  }

  public Money totalCredits() {
    return Money.ofMinor(sum(credits));
  }

  public boolean isBalanced() {
    return sum(debits) == sum(credits);
  }

  private static long sum(long[] column) {
    long total = 0;
    for (long v : column) {
      total = Math.addExact(total, v);
    }
    return total;
  }

  public record Row(Account account, Money debits, Money credits, Money balance) {}
}
