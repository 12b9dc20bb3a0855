package dev.creditloop.simulator;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.close.LoanDayClosed;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.loan.DrawdownResult;
import dev.creditloop.servicing.loan.Loan;
import java.util.ArrayList;
import java.util.List;

/** Keeps the whole simulated book in memory: for tests and small runs. */
public final class InMemorySink implements SimulationSink {

  private final List<CreditLine> lines = new ArrayList<>();
  private final List<Loan> loans = new ArrayList<>();
  private final List<JournalEntry> journal = new ArrayList<>();
  private final List<BucketChanged> bucketChanges = new ArrayList<>();
  private final List<BehaviourEvent> events = new ArrayList<>();
  private final List<MonthEnd> months = new ArrayList<>();
  private SimulationEnd end;

  @Override
  public void day(SimulatedDay day) {
    for (NewCustomer c : day.newCustomers()) {
      lines.add(c.line());
    }
    for (DrawdownResult d : day.drawdowns()) {
      loans.add(d.loan());
      journal.addAll(d.entries());
    }
    for (Allocation a : day.repayments()) {
      journal.add(a.entry());
      for (var e : a.events()) {
        if (e instanceof BucketChanged change) {
          bucketChanges.add(change);
        }
      }
    }
    for (LoanDayClosed c : day.closes()) {
      journal.addAll(c.entries());
      c.bucketChange().ifPresent(bucketChanges::add);
    }
    events.addAll(day.events());
  }

  @Override
  public void monthEnded(MonthEnd month) {
    months.add(month);
  }

  @Override
  public void finished(SimulationEnd end) {
    this.end = end;
  }

  public List<CreditLine> lines() {
    return lines;
  }

  /** Every loan drawn, in drawdown order, at its current (after the run: final) state. */
  public List<Loan> loans() {
    return loans;
  }

  public List<JournalEntry> journal() {
    return journal;
  }

  public List<BucketChanged> bucketChanges() {
    return bucketChanges;
  }

  public List<BehaviourEvent> events() {
    return events;
  }

  public List<MonthEnd> months() {
    return months;
  }

  public SimulationEnd end() {
    return end;
  }
}
