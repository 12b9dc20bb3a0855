package dev.creditloop.decisioning.event;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where behaviour events are kept (a port: the app implements it over JDBC). Reads return events
 * that occurred at or before an instant, in time order: by {@code occurredAt}, then by {@code
 * sequence}, so late arrivals take their place in time and ties keep their arrival order.
 */
public interface EventStore {

  /** Stores the event and returns it with the next sequence number. */
  BehaviourEvent append(BehaviourEvent event);

  /** The customer's events with {@code occurredAt <= upTo}, in time order. */
  List<BehaviourEvent> customerEvents(long customerId, Instant upTo);

  /** The credit line's events with {@code occurredAt <= upTo}, in time order. */
  List<BehaviourEvent> creditLineEvents(long creditLineId, Instant upTo);

  /** The events seen on a device with {@code occurredAt <= upTo}, in time order. */
  List<BehaviourEvent> deviceEvents(String deviceId, Instant upTo);

  /** Every event with {@code occurredAt <= upTo}, in time order, e.g. to warm feature states. */
  void forEachInTimeOrder(Instant upTo, Consumer<? super BehaviourEvent> action);
}
