package dev.creditloop.decisioning.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.decisioning.event.InMemoryEventStore;
import dev.creditloop.kernel.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FeatureStatesTest {

  private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
  private final BehaviourCatalogue catalogue = BehaviourCatalogue.standard();

  @Test
  void refusesAFeatureArrayOfTheWrongSize() {
    FeatureStates states = FeatureStates.inHeap(catalogue);

    assertThatThrownBy(
            () -> states.fill(EntityKeys.customer(1), START, RequestInputs.none(), new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slots");
  }

  @Test
  void countsEventsIngested() {
    FeatureStates states = FeatureStates.inHeap(catalogue);
    states.ingest(BehaviourEvent.of(EventType.LOGIN, 1, START));

    assertThat(states.eventsIngested()).isEqualTo(1);
  }

  @Test
  void concurrentIngestionLosesNothing() throws Exception {
    InMemoryEventStore store = new InMemoryEventStore();
    FeatureStates states = FeatureStates.inHeap(catalogue);
    List<BehaviourEvent> events = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      long customer = i % 7;
      EventType type = i % 3 == 0 ? EventType.DRAWDOWN_REQUESTED : EventType.REPAYMENT;
      events.add(
          store.append(
              BehaviourEvent.of(type, customer, START.plusSeconds(i * 37L % 5000), Money.of("99"))
                  .withCreditLine(100 + customer)
                  .withDevice("d" + i % 5)));
    }
    Instant asOf = START.plusSeconds(6000);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      int writer = t;
      work.add(
          pool.submit(
              () -> {
                for (int i = writer; i < events.size(); i += 3) {
                  states.ingest(events.get(i));
                }
              }));
    }
    work.add(
        pool.submit(
            () -> {
              for (int i = 0; i < 2000; i++) {
                states.features(
                    EntityKeys.customer(i % 7).withCreditLine(100 + i % 7).withDevice("d1"),
                    asOf,
                    RequestInputs.none());
              }
            }));
    for (Future<?> f : work) {
      f.get(1, TimeUnit.MINUTES);
    }
    pool.shutdown();

    PointInTimeFeatures recompute = new PointInTimeFeatures(catalogue, store);
    for (long customer = 0; customer < 7; customer++) {
      EntityKeys keys =
          EntityKeys.customer(customer).withCreditLine(100 + customer).withDevice("d2");
      double[] live = states.features(keys, asOf, RequestInputs.none());
      double[] recomputed = recompute.features(keys, asOf, RequestInputs.none());
      for (int i = 0; i < live.length; i++) {
        assertThat(IncrementalMatchesRecomputeProperties.same(live[i], recomputed[i]))
            .as("%s: %s vs %s", catalogue.features().get(i).name(), live[i], recomputed[i])
            .isTrue();
      }
    }
  }
}
