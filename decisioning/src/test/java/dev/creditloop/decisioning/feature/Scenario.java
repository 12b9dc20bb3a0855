package dev.creditloop.decisioning.feature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.decisioning.event.InMemoryEventStore;
import dev.creditloop.kernel.Money;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A history of events kept both ways, live and stored; {@link #feature} reads a feature from both
 * and insists they agree before returning it.
 */
final class Scenario {

  final BehaviourCatalogue catalogue;
  final InMemoryEventStore store = new InMemoryEventStore();
  final FeatureStates states;
  final PointInTimeFeatures pointInTime;
  private RequestInputs inputs = RequestInputs.none();

  Scenario() {
    this(BehaviourCatalogue.standard());
  }

  Scenario(BehaviourCatalogue catalogue) {
    this.catalogue = catalogue;
    this.states = FeatureStates.inHeap(catalogue);
    this.pointInTime = new PointInTimeFeatures(catalogue, store);
  }

  /** Shanghai local time, e.g. "2025-03-10T14:00". */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BehaviourCatalogue.ZONE).toInstant();
  }

  static BehaviourEvent event(EventType type, long customer, String localTime) {
    return BehaviourEvent.of(type, customer, at(localTime));
  }

  static BehaviourEvent event(EventType type, long customer, String localTime, String yuan) {
    return BehaviourEvent.of(type, customer, at(localTime), Money.of(yuan));
  }

  Scenario add(BehaviourEvent... events) {
    for (BehaviourEvent e : events) {
      states.ingest(store.append(e));
    }
    return this;
  }

  Scenario with(RequestInputs inputs) {
    this.inputs = inputs;
    return this;
  }

  double feature(String name, long customer, String localAsOf) {
    return feature(name, EntityKeys.customer(customer), at(localAsOf));
  }

  double feature(String name, EntityKeys keys, String localAsOf) {
    return feature(name, keys, at(localAsOf));
  }

  double feature(String name, EntityKeys keys, Instant asOf) {
    int slot = catalogue.slotOf(name).orElseThrow(() -> new AssertionError("no feature " + name));
    double live = states.features(keys, asOf, inputs)[slot];
    double recomputed = pointInTime.features(keys, asOf, inputs)[slot];
    assertThat(Double.doubleToLongBits(live))
        .as("%s live %s, recomputed %s", name, live, recomputed)
        .isEqualTo(Double.doubleToLongBits(recomputed));
    return live;
  }
}
