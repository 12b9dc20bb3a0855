package dev.creditloop.servicing.loan;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.product.Component;
import java.time.LocalDate;

/**
 * One instalment of a loan: per component what is due, paid and waived. unpaid = due − paid −
 * waived, never negative. Read-only outside this package; its loan changes it.
 */
public final class Installment {

  private static final int N = Component.values().length;

  private final int number;
  private final LocalDate dueDate;
  // the due date as an epoch day: the close compares it with each day it closes
  private final long dueEpochDay;
  private InstallmentStatus status;
  // fen, indexed by Component.ordinal()
  private final long[] due = new long[N];
  private final long[] paid = new long[N];
  private final long[] waived = new long[N];

  Installment(int number, LocalDate dueDate, Money principal, Money interest, Money fee) {
    this.number = number;
    this.dueDate = dueDate;
    this.dueEpochDay = dueDate.toEpochDay();
    this.status = InstallmentStatus.PENDING;
    due[Component.PRINCIPAL.ordinal()] = principal.minor();
    due[Component.INTEREST.ordinal()] = interest.minor();
    due[Component.FEE.ordinal()] = fee.minor();
    if (unpaidTotalMinor() == 0) {
      status = InstallmentStatus.PAID;
    }
  }

  Installment(InstallmentSnapshot s) {
    this.number = s.number();
    this.dueDate = s.dueDate();
    this.dueEpochDay = dueDate.toEpochDay();
    this.status = s.status();
    set(Component.PRINCIPAL, s.principalDue(), s.principalPaid(), Money.ZERO);
    set(Component.INTEREST, s.interestDue(), s.interestPaid(), s.interestWaived());
    set(Component.FEE, s.feeDue(), s.feePaid(), s.feeWaived());
    set(Component.PENALTY, s.penaltyDue(), s.penaltyPaid(), Money.ZERO);
  }

  private void set(Component c, Money dueAmount, Money paidAmount, Money waivedAmount) {
    int i = c.ordinal();
    due[i] = dueAmount.minor();
    paid[i] = paidAmount.minor();
    waived[i] = waivedAmount.minor();
    if (due[i] < 0 || paid[i] < 0 || waived[i] < 0 || paid[i] + waived[i] > due[i]) {
      throw new IllegalArgumentException(
          "instalment " + number + ": inconsistent " + c + " amounts");
    }
  }

  InstallmentSnapshot snapshot() {
    return new InstallmentSnapshot(
        number,
        dueDate,
        status,
        due(Component.PRINCIPAL),
        due(Component.INTEREST),
        due(Component.FEE),
        due(Component.PENALTY),
        paid(Component.PRINCIPAL),
        paid(Component.INTEREST),
        paid(Component.FEE),
        paid(Component.PENALTY),
        waived(Component.INTEREST),
        waived(Component.FEE));
  }

  public int number() {
    return number;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  /** {@link #dueDate()} as {@link LocalDate#toEpochDay()} gives it. */
  public long dueEpochDay() {
    return dueEpochDay;
  }

  public InstallmentStatus status() {
    return status;
  }

  public boolean isPaid() {
    return status == InstallmentStatus.PAID;
  }

  public Money due(Component c) {
    return Money.ofMinor(due[c.ordinal()]);
  }

  public Money paid(Component c) {
    return Money.ofMinor(paid[c.ordinal()]);
  }

  public Money waived(Component c) {
    return Money.ofMinor(waived[c.ordinal()]);
  }

  public Money unpaid(Component c) {
    return Money.ofMinor(unpaidMinor(c));
  }

  /** {@link #unpaid} in fen, for the loops of the daily close. */
  public long unpaidMinor(Component c) {
    int i = c.ordinal();
    return due[i] - paid[i] - waived[i];
  }

  public Money totalDue() {
    long total = 0;
    for (long d : due) {
      total += d;
    }
    return Money.ofMinor(total);
  }

  public Money unpaidTotal() {
    return Money.ofMinor(unpaidTotalMinor());
  }

  long unpaidTotalMinor() {
    long total = 0;
    for (int i = 0; i < N; i++) {
      total += due[i] - paid[i] - waived[i];
    }
    return total;
  }

  void pay(Component c, long amount) {
    if (amount <= 0 || amount > unpaidMinor(c)) {
      throw new IllegalArgumentException(
          "instalment "
              + number
              + ": cannot pay "
              + Money.ofMinor(amount)
              + " of "
              + c
              + ", unpaid "
              + unpaid(c));
    }
    paid[c.ordinal()] += amount;
    closeIfNothingLeft();
  }

  long waiveRest(Component c) {
    long rest = unpaidMinor(c);
    waived[c.ordinal()] += rest;
    closeIfNothingLeft();
    return rest;
  }

  void chargePenalty(long amount) {
    if (status == InstallmentStatus.PAID) {
      throw new IllegalStateException(
          "instalment " + number + " is paid: no penalty can accrue on it");
    }
    due[Component.PENALTY.ordinal()] += amount;
  }

  void becomeOverdue() {
    moveTo(InstallmentStatus.OVERDUE);
  }

  private void closeIfNothingLeft() {
    if (unpaidTotalMinor() == 0 && status != InstallmentStatus.PAID) {
      moveTo(InstallmentStatus.PAID);
    }
  }

  private void moveTo(InstallmentStatus next) {
    if (!status.canBecome(next)) {
      throw new IllegalStateException(
          "instalment " + number + " cannot go from " + status + " to " + next);
    }
    status = next;
  }

  @Override
  public String toString() {
    return "Installment["
        + number
        + " due "
        + dueDate
        + ", "
        + status
        + ", unpaid "
        + unpaidTotal()
        + "]";
  }
}
