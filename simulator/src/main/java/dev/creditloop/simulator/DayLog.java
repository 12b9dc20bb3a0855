package dev.creditloop.simulator;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.decisioning.event.GeoPoint;
import dev.creditloop.kernel.Money;
import dev.creditloop.lending.drawdown.DrawdownGate;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.close.LoanDayClosed;
import dev.creditloop.servicing.loan.DrawdownResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What one day produced, collected as it happens; becomes a {@link SimulatedDay}. */
final class DayLog {

  final LocalDate date;
  final int dayIndex;
  final Instant start;
  final List<NewCustomer> newCustomers = new ArrayList<>();
  final List<DrawdownResult> drawdowns = new ArrayList<>();
  final List<Allocation> repayments = new ArrayList<>();
  final List<LoanDayClosed> closes = new ArrayList<>();
  final List<BehaviourEvent> events = new ArrayList<>();
  final List<GroundTruth> defaults = new ArrayList<>();
  long nightDrawdowns;

  /** (customer id, drawdowns that day) for each customer who drew today. */
  final List<long[]> drawdownDays = new ArrayList<>();

  /** Requests the strategy in the loop refused (not those over the available amount). */
  long strategyRejections;

  /** Decides each drawdown request the line could pay out. */
  final DrawdownGate gate;

  private final SimulatedFeed feed;

  DayLog(LocalDate date, int dayIndex) {
    this(date, dayIndex, Simulation.APPROVE_ALL, SimulatedFeed.NONE);
  }

  DayLog(LocalDate date, int dayIndex, DrawdownGate gate, SimulatedFeed feed) {
    this.gate = gate;
    this.feed = feed;
    this.date = date;
    this.dayIndex = dayIndex;
    this.start = Moments.startOf(date);
  }

  Instant at(int secondOfDay) {
    return start.plusSeconds(secondOfDay);
  }

  BehaviourEvent event(
      EventType type,
      Borrower b,
      int secondOfDay,
      Money amount,
      String device,
      double[] position,
      Map<String, String> attributes) {
    BehaviourEvent e =
        new BehaviourEvent(
            0,
            type,
            b.id(),
            b.line.id(),
            device,
            at(secondOfDay),
            amount,
            position == null ? null : new GeoPoint(position[0], position[1]),
            attributes);
    events.add(e);
    feed.observe(e);
    return e;
  }

  SimulatedDay toDay() {
    return new SimulatedDay(
        date,
        List.copyOf(newCustomers),
        List.copyOf(drawdowns),
        List.copyOf(repayments),
        List.copyOf(closes),
        List.copyOf(events),
        List.copyOf(defaults));
  }
}
