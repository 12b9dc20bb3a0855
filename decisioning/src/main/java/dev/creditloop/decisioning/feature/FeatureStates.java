package dev.creditloop.decisioning.feature;

import dev.creditloop.decisioning.event.BehaviourEvent;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the live feature state is kept (the port): every behaviour event is folded into a small
 * state per customer, credit line and device as it arrives ({@link #ingest}), and a decision reads
 * the features of its entities from those states ({@link #fill}) with no I/O of its own. Use cases
 * see only this interface, so the store can change (compact, off-heap, partitioned by customer)
 * without touching them; {@link #inHeap} is today's store.
 *
 * <p>What every store promises (checked by {@code FeatureStatesContract} in this module's tests,
 * which another store's test can extend):
 *
 * <ul>
 *   <li>a fill sees every event ingested before it began, and each event entirely or not at all;
 *   <li>events may arrive out of order; features equal those {@link PointInTimeFeatures} computes
 *       from the same events;
 *   <li>a fill as of an instant before the latest event of a named entity is refused with {@link
 *       IllegalArgumentException} (the state no longer knows the past);
 *   <li>{@link #rebuild} from the stored events gives the same features as ingesting them one by
 *       one;
 *   <li>implementations are thread-safe, and readers of different customers do not wait for each
 *       other.
 * </ul>
 */
public interface FeatureStates {

  /** Today's store: every entity's state on the Java heap. */
  static FeatureStates inHeap(BehaviourCatalogue catalogue) {
    return new InHeapFeatureStates(catalogue);
  }

  /** The catalogue whose features this store computes. */
  BehaviourCatalogue catalogue();

  /** Folds one event into its customer's, credit line's and device's state (the update). */
  void ingest(BehaviourEvent event);

  /**
   * Fills {@code out} (of {@link BehaviourCatalogue#size()} slots, in slot order) with the features
   * of the named entities as of {@code asOf} (the read).
   *
   * @throws IllegalArgumentException if {@code asOf} is before the latest event of a named entity,
   *     or an input is not a request input of the catalogue
   */
  default void fill(EntityKeys keys, Instant asOf, RequestInputs inputs, double[] out) {
    fill(keys, asOf, inputs, out, catalogue().everyFeature());
  }

  /**
   * As {@link #fill(EntityKeys, Instant, RequestInputs, double[])}, evaluating only the plan's
   * features (a strategy's, {@link BehaviourCatalogue#plan}): those slots hold exactly what a full
   * fill would put there, the others are left as they were.
   */
  void fill(EntityKeys keys, Instant asOf, RequestInputs inputs, double[] out, FeaturePlan plan);

  /** {@link #fill} into a new array. */
  default double[] features(EntityKeys keys, Instant asOf, RequestInputs inputs) {
    double[] out = new double[catalogue().size()];
    fill(keys, asOf, inputs, out);
    return out;
  }

  /** The stored events, in the order they arrived, for {@link #rebuild}. */
  @FunctionalInterface
  interface StoredEvents {
    void forEachInArrivalOrder(Consumer<BehaviourEvent> sink);
  }

  /**
   * Builds the state from the stored events, for a store that has seen none yet (at start). A store
   * may do better than one {@link #ingest} per event (sort, partition, write in bulk); this default
   * does exactly that.
   *
   * @throws IllegalStateException if the store has already seen events (they would count twice)
   */
  default void rebuild(StoredEvents events) {
    if (eventsIngested() > 0) {
      throw new IllegalStateException(
          "the feature state already holds " + eventsIngested() + " events");
    }
    events.forEachInArrivalOrder(this::ingest);
  }

  /** Events ingested so far. */
  long eventsIngested();

  /** Points of late events that arrived older than their source's retention and were dropped. */
  long latePointsDropped();

  /** Points that left a series because it held {@link BehaviourCatalogue#pointCap()} already. */
  long pointsEvicted();
}
