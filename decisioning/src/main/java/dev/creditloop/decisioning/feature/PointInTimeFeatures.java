package dev.creditloop.decisioning.feature;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventStore;
import java.time.Instant;
import java.util.List;

/**
 * Features recomputed as of any instant from stored events, for backtests and for checking the live
 * state: the named entities' events that occurred at or before the instant are read and every
 * feature computed directly from them. Same catalogue, same values as {@link FeatureStates} would
 * have given at that instant (it reads events by occurrence time, so a late event counts from when
 * it occurred, not from when it arrived). Stateless and thread-safe; each call reads the store.
 */
public final class PointInTimeFeatures {

  private final BehaviourCatalogue catalogue;
  private final EventStore store;

  public PointInTimeFeatures(BehaviourCatalogue catalogue, EventStore store) {
    this.catalogue = catalogue;
    this.store = store;
  }

  /** Fills {@code out} (of {@link BehaviourCatalogue#size()} slots) as of {@code asOf}. */
  public void fill(EntityKeys keys, Instant asOf, RequestInputs inputs, double[] out) {
    double[] values = catalogue.resolve(inputs);
    long at = asOf.toEpochMilli();
    // Times are compared in milliseconds: take every event within the as-of millisecond.
    Instant upTo = Instant.ofEpochMilli(at).plusNanos(999_999);
    @SuppressWarnings("unchecked")
    List<BehaviourEvent>[] events = new List[Entity.values().length];
    events[Entity.CUSTOMER.ordinal()] = store.customerEvents(keys.customerId(), upTo);
    if (keys.creditLineId() != null) {
      events[Entity.CREDIT_LINE.ordinal()] = store.creditLineEvents(keys.creditLineId(), upTo);
    }
    if (keys.deviceId() != null) {
      events[Entity.DEVICE.ordinal()] = store.deviceEvents(keys.deviceId(), upTo);
    }
    catalogue.evaluate(new ScanFrame(catalogue.layout(), events, at, values), out);
  }

  /** {@link #fill} into a new array. */
  public double[] features(EntityKeys keys, Instant asOf, RequestInputs inputs) {
    double[] out = new double[catalogue.size()];
    fill(keys, asOf, inputs, out);
    return out;
  }
}
