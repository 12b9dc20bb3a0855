package dev.creditloop.servicing.allocation;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.product.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * The allocation of a repayment below the payoff: instalments in due-date order, so the oldest
 * overdue first, then the one due today, then the next ones not yet due (advance payment); within
 * an instalment, components in the loan's allocation order. Never more than is unpaid.
 */
final class OldestOverdueFirst {

  private OldestOverdueFirst() {}

  static List<AllocatedAmount> allocate(Loan loan, Money amount) {
    List<AllocatedAmount> lines = new ArrayList<>();
    long left = amount.minor();
    for (Installment i : loan.installments()) {
      if (left == 0) {
        break;
      }
      if (i.isPaid()) {
        continue;
      }
      for (Component c : loan.allocationOrder()) {
        long part = Math.min(left, i.unpaidMinor(c));
        if (part > 0) {
          lines.add(new AllocatedAmount(i.number(), c, Money.ofMinor(part)));
          left -= part;
        }
      }
    }
    if (left != 0) {
      throw new IllegalStateException(
          "loan " + loan.id() + ": " + Money.ofMinor(left) + " could not be allocated");
    }
    return lines;
  }
}
