package dev.creditloop.decisioning.feature;

import dev.creditloop.decisioning.event.BehaviourEvent;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-heap {@link FeatureStates}: every behaviour event is folded into a small state per
 * customer, credit line and device as it arrives, and the features of a decision are read from
 * those states in microseconds, with no I/O.
 *
 * <p>Memory per entity is bounded: per source, the points its longest window can still see (at most
 * {@link BehaviourCatalogue#pointCap()}), a few all-time totals, and 13 months of monthly totals.
 * Events may arrive out of order; a late event takes its place in time. A late event older than a
 * source's retention (its longest window) can no longer fall in any window, so its point is
 * dropped, counted by {@link #latePointsDropped()}; it still counts in all-time totals (counts
 * ever, first and last, sums for the outstanding balance).
 *
 * <p>Features are read as of an instant at or after the latest event of the entities involved; for
 * an earlier instant use {@link PointInTimeFeatures}. Thread safety: each entity's state has its
 * own lock; ingesting and reading take the locks of the customer, then the credit line, then the
 * device, so a reading sees each event either entirely or not at all, and readers of different
 * customers do not wait for each other. Entity states are never evicted; restart by replaying
 * events, e.g. {@code store.forEachInTimeOrder(now, states::ingest)}.
 *
 * <p>Its cost is memory: about 14 GB per million customers' histories, all on the Java heap.
 */
public final class InHeapFeatureStates implements FeatureStates {

  private final BehaviourCatalogue catalogue;
  private final Layout layout;
  private final ConcurrentHashMap<Long, EntityState> customers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, EntityState> creditLines = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, EntityState> devices = new ConcurrentHashMap<>();
  private final EntityState[] empty = new EntityState[Entity.values().length];
  private final Tally tally = new Tally();

  public InHeapFeatureStates(BehaviourCatalogue catalogue) {
    this.catalogue = catalogue;
    this.layout = catalogue.layout();
    for (Entity entity : Entity.values()) {
      empty[entity.ordinal()] = new EntityState(layout, entity);
    }
  }

  @Override
  public BehaviourCatalogue catalogue() {
    return catalogue;
  }

  /** Folds one event into its customer's, credit line's and device's state. */
  @Override
  public void ingest(BehaviourEvent event) {
    EntityState[] states = new EntityState[Entity.values().length];
    states[Entity.CUSTOMER.ordinal()] =
        customers.computeIfAbsent(
            event.customerId(), id -> new EntityState(layout, Entity.CUSTOMER));
    if (event.creditLineId() != null) {
      states[Entity.CREDIT_LINE.ordinal()] =
          creditLines.computeIfAbsent(
              event.creditLineId(), id -> new EntityState(layout, Entity.CREDIT_LINE));
    }
    if (event.deviceId() != null) {
      states[Entity.DEVICE.ordinal()] =
          devices.computeIfAbsent(event.deviceId(), id -> new EntityState(layout, Entity.DEVICE));
    }
    lock(states);
    try {
      for (EntityState state : states) {
        if (state != null) {
          state.add(event, tally);
        }
      }
    } finally {
      unlock(states);
    }
    tally.events.increment();
  }

  /**
   * Fills the plan's slots of {@code out} (of {@link BehaviourCatalogue#size()} slots) with the
   * features of the named entities as of {@code asOf}.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the latest event of a named entity
   *     (the state no longer knows the past), or an input is not a request input of the catalogue
   */
  @Override
  public void fill(
      EntityKeys keys, Instant asOf, RequestInputs inputs, double[] out, FeaturePlan plan) {
    double[] values = catalogue.resolve(inputs);
    long at = asOf.toEpochMilli();
    EntityState[] states = new EntityState[Entity.values().length];
    states[Entity.CUSTOMER.ordinal()] = stateOf(customers.get(keys.customerId()), Entity.CUSTOMER);
    if (keys.creditLineId() != null) {
      states[Entity.CREDIT_LINE.ordinal()] =
          stateOf(creditLines.get(keys.creditLineId()), Entity.CREDIT_LINE);
    }
    if (keys.deviceId() != null) {
      states[Entity.DEVICE.ordinal()] = stateOf(devices.get(keys.deviceId()), Entity.DEVICE);
    }
    lock(states);
    try {
      for (EntityState state : states) {
        if (state != null && state.latest() > at) {
          throw new IllegalArgumentException(
              "as-of "
                  + asOf
                  + " is before the latest event at "
                  + Instant.ofEpochMilli(state.latest())
                  + " of "
                  + keys);
        }
      }
      catalogue.evaluate(new StateFrame(layout, states, at, values), out, plan);
    } finally {
      unlock(states);
    }
  }

  @Override
  public long eventsIngested() {
    return tally.events.sum();
  }

  @Override
  public long latePointsDropped() {
    return tally.late.sum();
  }

  @Override
  public long pointsEvicted() {
    return tally.evicted.sum();
  }

  private EntityState stateOf(EntityState state, Entity entity) {
    return state == null ? empty[entity.ordinal()] : state;
  }

  // Always customer, then credit line, then device: one order for every caller, so no deadlock.
  // The shared empty states never change, so readers do not queue on them.
  private void lock(EntityState[] states) {
    for (int i = 0; i < states.length; i++) {
      if (states[i] != null && states[i] != empty[i]) {
        states[i].lock.lock();
      }
    }
  }

  private void unlock(EntityState[] states) {
    for (int i = states.length - 1; i >= 0; i--) {
      if (states[i] != null && states[i] != empty[i]) {
        states[i].lock.unlock();
      }
    }
  }
}
