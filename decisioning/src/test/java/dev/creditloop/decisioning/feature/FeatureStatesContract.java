package dev.creditloop.decisioning.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.decisioning.event.InMemoryEventStore;
import dev.creditloop.kernel.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FeatureStates} store must do. A store's test extends this class and says how to
 * make an empty store; {@link InHeapFeatureStatesTest} does it for today's store.
 */
public abstract class FeatureStatesContract {

  protected static final Instant START = Instant.parse("2025-03-01T02:00:00Z");
  protected final BehaviourCatalogue catalogue = BehaviourCatalogue.standard();
  private static final RequestInputs INPUTS =
      RequestInputs.none()
          .with(BehaviourCatalogue.REQUEST_AMOUNT, Money.of("500"))
          .with(BehaviourCatalogue.REQUEST_TERM_MONTHS, 6)
          .with(BehaviourCatalogue.CURRENT_DPD, 0);

  /** A new, empty store over {@code catalogue}. */
  protected abstract FeatureStates emptyStore(BehaviourCatalogue catalogue);

  private double feature(double[] features, String name) {
    return features[catalogue.slotOf(name).orElseThrow()];
  }

  private static BehaviourEvent drawdown(long customer, Instant at, String amount) {
    return BehaviourEvent.of(EventType.DRAWDOWN_REQUESTED, customer, at, Money.of(amount))
        .withCreditLine(100 + customer)
        .withDevice("device-" + customer);
  }

  @Test
  void aReadSeesEveryEventUpdatedBeforeItAndOnlyItsOwnCustomers() {
    FeatureStates store = emptyStore(catalogue);
    Instant asOf = START.plusSeconds(60);
    assertThat(feature(store.features(EntityKeys.customer(1), asOf, INPUTS), "drawdown_count_24h"))
        .isZero();

    store.ingest(drawdown(1, START, "300"));
    store.ingest(drawdown(1, START.plusSeconds(10), "200"));

    assertThat(feature(store.features(EntityKeys.customer(1), asOf, INPUTS), "drawdown_count_24h"))
        .isEqualTo(2.0);
    assertThat(feature(store.features(EntityKeys.customer(2), asOf, INPUTS), "drawdown_count_24h"))
        .isZero();
    assertThat(store.eventsIngested()).isEqualTo(2);
  }

  @Test
  void eventsArrivingOutOfOrderGiveTheFeaturesRecomputedFromTheStoredEvents() {
    InMemoryEventStore stored = new InMemoryEventStore();
    List<BehaviourEvent> events = history(new Random(7));
    Collections.shuffle(events, new Random(11));
    FeatureStates store = emptyStore(catalogue);
    for (BehaviourEvent e : events) {
      store.ingest(stored.append(e));
    }
    PointInTimeFeatures recomputed = new PointInTimeFeatures(catalogue, stored);
    Instant asOf = START.plus(java.time.Duration.ofDays(40));
    for (long customer = 1; customer <= 3; customer++) {
      EntityKeys keys =
          EntityKeys.customer(customer).withCreditLine(100 + customer).withDevice("device-1");
      assertThat(store.features(keys, asOf, INPUTS))
          .as("customer %d", customer)
          .containsExactly(recomputed.features(keys, asOf, INPUTS));
    }
  }

  @Test
  void aReadAsOfBeforeTheLatestEventOfAnEntityIsRefused() {
    FeatureStates store = emptyStore(catalogue);
    store.ingest(drawdown(1, START.plusSeconds(100), "300"));

    assertThatThrownBy(() -> store.features(EntityKeys.customer(1), START, INPUTS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRebuildFromStoredEventsEqualsUpdatingOneByOne() {
    List<BehaviourEvent> events = history(new Random(3));
    FeatureStates oneByOne = emptyStore(catalogue);
    events.forEach(oneByOne::ingest);
    FeatureStates rebuilt = emptyStore(catalogue);
    rebuilt.rebuild(sink -> events.forEach(sink));

    Instant asOf = START.plus(java.time.Duration.ofDays(40));
    for (long customer = 1; customer <= 3; customer++) {
      EntityKeys keys = EntityKeys.customer(customer).withCreditLine(100 + customer);
      assertThat(
              Arrays.equals(
                  rebuilt.features(keys, asOf, INPUTS), oneByOne.features(keys, asOf, INPUTS)))
          .as("customer %d", customer)
          .isTrue();
    }
    assertThat(rebuilt.eventsIngested()).isEqualTo(events.size());
    assertThatThrownBy(() -> rebuilt.rebuild(sink -> events.forEach(sink)))
        .isInstanceOf(IllegalStateException.class);
  }

  /** Drawdowns, repayments and logins of three customers over 30 days. */
  private static List<BehaviourEvent> history(Random random) {
    List<BehaviourEvent> events = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      long customer = 1 + random.nextInt(3);
      Instant at = START.plusSeconds(random.nextInt(30 * 86_400));
      events.add(
          switch (random.nextInt(3)) {
            case 0 -> drawdown(customer, at, String.valueOf(100 + random.nextInt(5000)));
            case 1 ->
                BehaviourEvent.of(
                        EventType.REPAYMENT,
                        customer,
                        at,
                        Money.of(String.valueOf(50 + random.nextInt(500))))
                    .withCreditLine(100 + customer);
            default -> BehaviourEvent.of(EventType.LOGIN, customer, at).withDevice("device-1");
          });
    }
    return events;
  }
}
