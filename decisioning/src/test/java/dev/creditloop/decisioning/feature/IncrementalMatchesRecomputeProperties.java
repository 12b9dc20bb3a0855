package dev.creditloop.decisioning.feature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.decisioning.event.InMemoryEventStore;
import dev.creditloop.kernel.Money;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Live state and point-in-time recompute give the same value for every feature, on random
 * histories: random types, amounts (sensitive ones often), positions, owners and devices; times
 * exactly on window and month boundaries and a millisecond either side; arrival in random order,
 * including events older than any retention; windows left empty.
 */
class IncrementalMatchesRecomputeProperties {

  private static final long HOUR = 3_600_000;
  private static final long DAY = 24 * HOUR;
  private static final List<Long> WINDOWS =
      List.of(0L, HOUR, DAY, 7 * DAY, 30 * DAY, 90 * DAY, 180 * DAY, 365 * DAY);
  private static final Long[][] OWNERS = {{1L, null}, {1L, 10L}, {1L, 11L}, {2L, null}, {2L, 20L}};
  private static final String[] DEVICES = {null, "d1", "d2", "d3"};
  private static final List<EntityKeys> KEYS =
      List.of(
          EntityKeys.customer(1).withCreditLine(10).withDevice("d1"),
          EntityKeys.customer(1).withCreditLine(11).withDevice("d2"),
          EntityKeys.customer(2).withCreditLine(20).withDevice("d3"),
          EntityKeys.customer(1),
          EntityKeys.customer(2).withDevice("d1"));
  private static final RequestInputs INPUTS =
      RequestInputs.none().with(BehaviourCatalogue.REQUEST_AMOUNT, 999);

  /** When an event happened: at the start of a month before the anchor's, or some time before. */
  record When(int monthsBack, long millis) {
    long resolve(long anchor) {
      if (monthsBack < 0) {
        return anchor - millis;
      }
      YearMonth month =
          YearMonth.from(Instant.ofEpochMilli(anchor).atZone(BehaviourCatalogue.ZONE))
              .minusMonths(monthsBack);
      long start = month.atDay(1).atStartOfDay(BehaviourCatalogue.ZONE).toInstant().toEpochMilli();
      return Math.min(anchor, start + millis);
    }
  }

  record Spec(
      EventType type,
      int owner,
      int device,
      When when,
      long amountFen,
      double[] position,
      int daysPastDue,
      int principalPercent) {

    BehaviourEvent event(long anchor) {
      Long line = OWNERS[owner][1];
      Instant at = Instant.ofEpochMilli(when.resolve(anchor));
      BehaviourEvent e =
          type.carriesAmount()
              ? BehaviourEvent.of(type, OWNERS[owner][0], at, Money.ofMinor(amountFen))
              : BehaviourEvent.of(type, OWNERS[owner][0], at);
      if (line != null) {
        e = e.withCreditLine(line);
      }
      if (DEVICES[device] != null) {
        e = e.withDevice(DEVICES[device]);
      }
      double[] where =
          position == null && type == EventType.GPS_POSITION
              ? new double[] {31.2, 121.5}
              : position;
      if (where != null) {
        e = e.withPosition(where[0], where[1]);
      }
      if (type == EventType.REPAYMENT || type == EventType.INSTALLMENT_OVERDUE) {
        e = e.withAttribute(BehaviourEvent.DAYS_PAST_DUE, Integer.toString(daysPastDue));
      }
      if (type == EventType.REPAYMENT && principalPercent < 100) {
        e =
            e.withAttribute(
                BehaviourEvent.PRINCIPAL,
                Money.ofMinor(amountFen * principalPercent / 100).toPlainString());
      }
      return e;
    }
  }

  /**
   * Events are stored in list order (which sets their sequence) but reach the live state in the
   * order {@code arrivalSeed} shuffles them into, as concurrent writers would deliver them.
   */
  record History(long anchor, List<Spec> events, long later, When cut, long arrivalSeed) {

    List<BehaviourEvent> store(InMemoryEventStore store) {
      List<BehaviourEvent> stored = new ArrayList<>();
      for (Spec spec : events) {
        stored.add(store.append(spec.event(anchor)));
      }
      Collections.shuffle(stored, new Random(arrivalSeed));
      return stored;
    }
  }

  @Provide
  Arbitrary<History> histories() {
    return histories(
        Arbitraries.of(EventType.class), Arbitraries.integers().between(0, OWNERS.length - 1));
  }

  /** Many events on one credit line, so that its series overflow a small cap. */
  @Provide
  Arbitrary<History> crowdedLines() {
    return histories(
        Arbitraries.of(
            EventType.CREDIT_GRANTED,
            EventType.LIMIT_CHANGED,
            EventType.DRAWDOWN_REQUESTED,
            EventType.DRAWDOWN_DISBURSED,
            EventType.REPAYMENT,
            EventType.GPS_POSITION),
        Arbitraries.of(1, 4));
  }

  private static Arbitrary<History> histories(
      Arbitrary<EventType> types, Arbitrary<Integer> owners) {
    Arbitrary<Long> anchors =
        Arbitraries.oneOf(
            Arbitraries.of(
                    "2025-07-01T00:00", "2025-03-01T00:00", "2025-06-15T03:30", "2025-01-01T02:00")
                .map(t -> LocalDateTime.parse(t).atZone(BehaviourCatalogue.ZONE).toInstant())
                .map(Instant::toEpochMilli),
            Arbitraries.longs()
                .between(
                    Instant.parse("2024-12-01T00:00:00Z").toEpochMilli(),
                    Instant.parse("2026-02-01T00:00:00Z").toEpochMilli()));
    Arbitrary<Long> later = Arbitraries.of(0L, 1L, HOUR, DAY, 31 * DAY, 200 * DAY, 400 * DAY);
    return Combinators.combine(
            anchors,
            specs(types, owners)
                .list()
                .ofMaxSize(80)
                .withSizeDistribution(RandomDistribution.uniform()),
            later,
            whens(),
            Arbitraries.longs())
        .as(History::new);
  }

  private static Arbitrary<When> whens() {
    Arbitrary<When> onWindowEdge =
        Combinators.combine(Arbitraries.of(WINDOWS), Arbitraries.of(-1L, 0L, 1L))
            .as((w, jitter) -> new When(-1, Math.max(0, w + jitter)));
    Arbitrary<When> onMonthStart =
        Combinators.combine(Arbitraries.integers().between(0, 14), Arbitraries.of(-1L, 0L, 1L))
            .as(When::new);
    Arbitrary<When> recent = Arbitraries.longs().between(0, 6 * HOUR).map(m -> new When(-1, m));
    Arbitrary<When> any = Arbitraries.longs().between(0, 450 * DAY).map(m -> new When(-1, m));
    return Arbitraries.frequencyOf(
        Tuple.of(3, onWindowEdge),
        Tuple.of(1, onMonthStart),
        Tuple.of(3, recent),
        Tuple.of(4, any));
  }

  private static Arbitrary<Spec> specs(Arbitrary<EventType> types, Arbitrary<Integer> owners) {
    Arbitrary<Long> amounts =
        Arbitraries.frequencyOf(
            Tuple.of(
                4,
                Arbitraries.of(99L, 199L, 499L, 999L, 1999L, 4999L, 5000L, 9500L, 10000L)
                    .map(yuan -> yuan * 100)),
            Tuple.of(6, Arbitraries.longs().between(0, 2_000_000)));
    Arbitrary<double[]> positions =
        Combinators.combine(
                Arbitraries.doubles().between(18, 50), Arbitraries.doubles().between(75, 135))
            .as((lat, lon) -> new double[] {lat, lon})
            .injectNull(0.6);
    return Combinators.combine(
            types,
            owners,
            Arbitraries.integers().between(0, DEVICES.length - 1),
            whens(),
            amounts,
            positions,
            Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(0, 100))
        .as(Spec::new);
  }

  @Property(tries = 500)
  void liveStateMatchesRecomputeForEveryFeature(@ForAll("histories") History history) {
    assertAgreement(BehaviourCatalogue.standard(), history);
  }

  @Property(tries = 200)
  void theyAgreePastThePointCapToo(@ForAll("histories") History history) {
    assertAgreement(BehaviourCatalogue.standard(3), history);
  }

  @Property(tries = 200)
  void theyAgreeWhenOneLineOverflowsTheCap(@ForAll("crowdedLines") History history) {
    assertAgreement(BehaviourCatalogue.standard(2), history);
  }

  @Property(tries = 200)
  void backtestAsOfAPastInstantMatchesTheStateLiveAtThatInstant(
      @ForAll("histories") History history) {
    BehaviourCatalogue catalogue = BehaviourCatalogue.standard();
    InMemoryEventStore store = new InMemoryEventStore();
    FeatureStates liveThen = FeatureStates.inHeap(catalogue);
    long cut = history.cut().resolve(history.anchor());
    for (BehaviourEvent arrived : history.store(store)) {
      if (arrived.occurredAt().toEpochMilli() <= cut) {
        liveThen.ingest(arrived);
      }
    }
    PointInTimeFeatures backtest = new PointInTimeFeatures(catalogue, store);

    List<String> mismatches = new ArrayList<>();
    for (EntityKeys keys : KEYS) {
      Instant asOf = Instant.ofEpochMilli(cut);
      compare(
          catalogue,
          keys,
          asOf,
          liveThen.features(keys, asOf, INPUTS),
          backtest.features(keys, asOf, INPUTS),
          mismatches);
    }
    assertThat(mismatches).isEmpty();
  }

  /**
   * A fill by a plan for any one feature gives that feature (and everything it derives from)
   * exactly what a full fill gives, and leaves every other slot alone: the closure over derived
   * features is complete for every feature of the catalogue.
   */
  @Property(tries = 100)
  void aPlannedFillGivesItsFeaturesWhatAFullFillGives(@ForAll("histories") History history) {
    BehaviourCatalogue catalogue = BehaviourCatalogue.standard();
    FeatureStates live = FeatureStates.inHeap(catalogue);
    history.store(new InMemoryEventStore()).forEach(live::ingest);
    Instant asOf = Instant.ofEpochMilli(history.anchor() + history.later());
    double untouched = -12_345.5;
    List<String> mismatches = new ArrayList<>();
    for (EntityKeys keys : KEYS) {
      double[] full = live.features(keys, asOf, INPUTS);
      for (int slot = 0; slot < catalogue.size(); slot++) {
        BitSet one = new BitSet();
        one.set(slot);
        FeaturePlan plan = catalogue.plan(one);
        double[] planned = new double[catalogue.size()];
        java.util.Arrays.fill(planned, untouched);
        live.fill(keys, asOf, INPUTS, planned, plan);
        for (int i = 0; i < planned.length; i++) {
          boolean expected =
              plan.evaluates(i) ? same(planned[i], full[i]) : planned[i] == untouched;
          if (!expected || !plan.evaluates(slot)) {
            mismatches.add(
                catalogue.features().get(i).name()
                    + " in the plan for "
                    + catalogue.features().get(slot).name()
                    + " of "
                    + keys
                    + ": "
                    + planned[i]
                    + ", full fill "
                    + full[i]);
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aDerivedFeaturesPlanHoldsWhatItDerivesFrom() {
    BehaviourCatalogue catalogue = BehaviourCatalogue.standard();
    int derived = 0;
    for (int slot = 0; slot < catalogue.size(); slot++) {
      BitSet one = new BitSet();
      one.set(slot);
      int[] slots = catalogue.plan(one).slots();
      assertThat(slots).contains(slot);
      assertThat(slots[slots.length - 1]).isEqualTo(slot);
      if (slots.length > 1) {
        derived++;
      }
    }
    // the standard catalogue derives ratios, changes and flags from other features
    assertThat(derived).isGreaterThan(5);
    BitSet beyond = new BitSet();
    beyond.set(catalogue.size() + 3);
    assertThat(catalogue.plan(beyond).slots()).isEmpty();
    assertThat(catalogue.everyFeature().slots()).hasSize(catalogue.size());
  }

  private static void assertAgreement(BehaviourCatalogue catalogue, History history) {
    InMemoryEventStore store = new InMemoryEventStore();
    FeatureStates live = FeatureStates.inHeap(catalogue);
    history.store(store).forEach(live::ingest);
    PointInTimeFeatures recompute = new PointInTimeFeatures(catalogue, store);

    List<String> mismatches = new ArrayList<>();
    for (long delta : new long[] {0, history.later()}) {
      Instant asOf = Instant.ofEpochMilli(history.anchor() + delta);
      for (EntityKeys keys : KEYS) {
        compare(
            catalogue,
            keys,
            asOf,
            live.features(keys, asOf, INPUTS),
            recompute.features(keys, asOf, INPUTS),
            mismatches);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private static void compare(
      BehaviourCatalogue catalogue,
      EntityKeys keys,
      Instant asOf,
      double[] live,
      double[] recomputed,
      List<String> mismatches) {
    for (int i = 0; i < live.length; i++) {
      if (!same(live[i], recomputed[i])) {
        mismatches.add(
            catalogue.features().get(i).name()
                + " of "
                + keys
                + " at "
                + asOf
                + ": live "
                + live[i]
                + ", recomputed "
                + recomputed[i]);
      }
    }
  }

  static boolean same(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.isNaN(a) && Double.isNaN(b);
    }
    return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
}
