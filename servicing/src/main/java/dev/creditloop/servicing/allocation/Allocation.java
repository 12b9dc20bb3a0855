package dev.creditloop.servicing.allocation;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.loan.LoanSettled;
import dev.creditloop.servicing.product.Component;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of a repayment: where each part went, the principal given back to the credit line, the
 * journal entry, and the events (RepaymentPosted; on settlement LoanSettled and, if the loan was
 * delinquent, BucketChanged to M0).
 */
public record Allocation(
    long loanId,
    LocalDate on,
    Money amount,
    List<AllocatedAmount> lines,
    Money principalRepaid,
    Optional<LoanSettled> settlement,
    JournalEntry entry,
    List<ServicingEvent> events) {

  public Allocation {
    lines = List.copyOf(lines);
    events = List.copyOf(events);
  }

  public boolean settled() {
    return settlement.isPresent();
  }

  /** The total applied to one component, over all instalments. */
  public Money allocated(Component component) {
    long total = 0;
    for (AllocatedAmount line : lines) {
      if (line.component() == component) {
        total += line.amount().minor();
      }
    }
    return Money.ofMinor(total);
  }

  /** The total applied to one instalment. */
  public Money allocatedTo(int installment) {
    long total = 0;
    for (AllocatedAmount line : lines) {
      if (line.installment() == installment) {
        total += line.amount().minor();
      }
    }
    return Money.ofMinor(total);
  }
}
