package dev.creditloop.servicing.allocation;

import static dev.creditloop.servicing.schedule.RepaymentSchedule.ROUNDING;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.product.Component;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** What an early settlement on a date pays, instalment by instalment: the payoff, itemised. */
final class Settlement {

  private final Loan loan;
  private final LocalDate on;
  private final List<AllocatedAmount> lines = new ArrayList<>();
  private final long[] byComponent = new long[Component.values().length];

  private Settlement(Loan loan, LocalDate on) {
    this.loan = loan;
    this.on = on;
  }

  static Settlement of(Loan loan, LocalDate on) {
    Settlement s = new Settlement(loan, on);
    s.itemise();
    return s;
  }

  private void itemise() {
    LocalDate periodStart = loan.drawnOn();
    boolean currentSeen = false;
    for (Installment i : loan.installments()) {
      boolean due = !i.dueDate().isAfter(on);
      boolean current = !due && !currentSeen;
      for (Component c : loan.allocationOrder()) {
        long owed;
        if (due
            || c == Component.PRINCIPAL
            || c == Component.PENALTY
            || (current && c == Component.FEE)) {
          owed = i.unpaidMinor(c);
        } else if (current && c == Component.INTEREST) {
          owed = Math.max(0, accrued(i, periodStart) - i.paid(c).minor());
        } else {
          owed = 0;
        }
        if (owed > 0) {
          lines.add(new AllocatedAmount(i.number(), c, Money.ofMinor(owed)));
          byComponent[c.ordinal()] += owed;
        }
      }
      currentSeen |= current;
      periodStart = i.dueDate();
    }
  }

  /** The current period's interest × days elapsed since its start / days in the period. */
  private long accrued(Installment current, LocalDate periodStart) {
    long elapsed = Math.max(0, ChronoUnit.DAYS.between(periodStart, on));
    long days = ChronoUnit.DAYS.between(periodStart, current.dueDate());
    BigDecimal interest = current.due(Component.INTEREST).toBigDecimal();
    BigDecimal share = interest.multiply(BigDecimal.valueOf(elapsed));
    return Money.of(share.divide(BigDecimal.valueOf(days), 2, ROUNDING)).minor();
  }

  Payoff payoff() {
    return new Payoff(
        loan.id(),
        on,
        amount(Component.PRINCIPAL),
        amount(Component.INTEREST),
        amount(Component.FEE),
        amount(Component.PENALTY));
  }

  List<AllocatedAmount> lines() {
    return lines;
  }

  private Money amount(Component c) {
    return Money.ofMinor(byComponent[c.ordinal()]);
  }
}
