package dev.creditloop.decisioning.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** An {@link EventStore} in memory, for tests and backtests over a handful of customers. */
public final class InMemoryEventStore implements EventStore {

  static final Comparator<BehaviourEvent> TIME_ORDER =
      Comparator.comparing(BehaviourEvent::occurredAt).thenComparingLong(BehaviourEvent::sequence);

  private final List<BehaviourEvent> events = new ArrayList<>();
  private long lastSequence;

  @Override
  public synchronized BehaviourEvent append(BehaviourEvent event) {
    BehaviourEvent stored = event.withSequence(++lastSequence);
    events.add(stored);
    return stored;
  }

  @Override
  public List<BehaviourEvent> customerEvents(long customerId, Instant upTo) {
    return select(e -> e.customerId() == customerId, upTo);
  }

  @Override
  public List<BehaviourEvent> creditLineEvents(long creditLineId, Instant upTo) {
    return select(e -> e.creditLineId() != null && e.creditLineId() == creditLineId, upTo);
  }

  @Override
  public List<BehaviourEvent> deviceEvents(String deviceId, Instant upTo) {
    return select(e -> deviceId.equals(e.deviceId()), upTo);
  }

  @Override
  public void forEachInTimeOrder(Instant upTo, Consumer<? super BehaviourEvent> action) {
    select(e -> true, upTo).forEach(action);
  }

  private synchronized List<BehaviourEvent> select(Predicate<BehaviourEvent> which, Instant upTo) {
    List<BehaviourEvent> selected = new ArrayList<>();
    for (BehaviourEvent e : events) {
      if (!e.occurredAt().isAfter(upTo) && which.test(e)) {
        selected.add(e);
      }
    }
    selected.sort(TIME_ORDER);
    return selected;
  }
}
