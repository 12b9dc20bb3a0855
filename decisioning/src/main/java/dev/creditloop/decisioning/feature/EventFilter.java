package dev.creditloop.decisioning.feature;

import dev.creditloop.decisioning.event.BehaviourEvent;
import java.time.Instant;
import java.util.Set;

/**
 * Which events of a source's types count. Filters are records so that two features declaring the
 * same source share one series of points.
 */
sealed interface EventFilter {

  boolean test(BehaviourEvent e);

  record Always() implements EventFilter {
    @Override
    public boolean test(BehaviourEvent e) {
      return true;
    }
  }

  /** The amount is exactly one of these, in fen (e.g. 9900 for 99 yuan). */
  record AmountIn(Set<Long> minorAmounts) implements EventFilter {
    public AmountIn {
      minorAmounts = Set.copyOf(minorAmounts);
    }

    @Override
    public boolean test(BehaviourEvent e) {
      return e.amount() != null && minorAmounts.contains(e.amount().minor());
    }
  }

  /** The local hour of day in the catalogue's zone is in [from, to). */
  record LocalHourIn(int from, int to) implements EventFilter {
    @Override
    public boolean test(BehaviourEvent e) {
      int hour = localHour(e.occurredAt());
      return hour >= from && hour < to;
    }
  }

  record HasPosition() implements EventFilter {
    @Override
    public boolean test(BehaviourEvent e) {
      return e.position() != null;
    }
  }

  record HasDevice() implements EventFilter {
    @Override
    public boolean test(BehaviourEvent e) {
      return e.deviceId() != null;
    }
  }

  /** A repayment made on time (or, with {@code false}, late). */
  record OnTime(boolean expected) implements EventFilter {
    @Override
    public boolean test(BehaviourEvent e) {
      return e.onTime() == expected;
    }
  }

  static int localHour(Instant at) {
    return at.atZone(BehaviourCatalogue.ZONE).getHour();
  }
}
