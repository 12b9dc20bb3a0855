package dev.creditloop.decisioning.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.EntityKeys;
import dev.creditloop.decisioning.feature.FeatureStates;
import dev.creditloop.decisioning.feature.RequestInputs;
import dev.creditloop.decisioning.list.ListEntries;
import dev.creditloop.kernel.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The shipped default strategy compiles against the real catalogue and catches anomalies from real
 * events.
 */
class DefaultStrategyOnStandardCatalogueTest {

  private final BehaviourCatalogue catalogue = BehaviourCatalogue.standard();

  private CompiledStrategy defaultStrategy() {
    return new StrategyCompiler(catalogue, ListEntries.none())
        .compile(DefaultDrawdownStrategy.standardYaml())
        .orElseThrow();
  }

  @Test
  void compilesAgainstTheStandardCatalogue() {
    Compilation c =
        new StrategyCompiler(catalogue, ListEntries.none())
            .compile(DefaultDrawdownStrategy.standardYaml());
    assertThat(c.problems()).isEmpty();
  }

  @Test
  void fiveDrawdownsInADayAreRejectedFromEventsAlone() {
    CompiledStrategy strategy = defaultStrategy();
    FeatureStates states = FeatureStates.inHeap(catalogue);
    Instant granted = Instant.parse("2026-03-01T02:00:00Z");
    states.ingest(
        new BehaviourEvent(
            1, EventType.CREDIT_GRANTED, 7, 70L, null, granted, Money.of("10000.00"), null, null));
    Instant day = Instant.parse("2026-05-10T03:00:00Z");
    long seq = 2;
    for (int i = 0; i < 5; i++) {
      Instant at = day.plusSeconds(600L * i);
      states.ingest(
          new BehaviourEvent(
              seq++,
              EventType.DRAWDOWN_REQUESTED,
              7,
              70L,
              "d1",
              at,
              Money.of("300.00"),
              null,
              null));
      states.ingest(
          new BehaviourEvent(
              seq++,
              EventType.DRAWDOWN_DISBURSED,
              7,
              70L,
              "d1",
              at.plusSeconds(1),
              Money.of("300.00"),
              null,
              null));
    }
    Instant now = day.plusSeconds(3600);
    double[] features =
        states.features(
            EntityKeys.customer(7).withCreditLine(70).withDevice("d1"),
            now,
            RequestInputs.none()
                .with(BehaviourCatalogue.REQUEST_AMOUNT, Money.of("300.00"))
                .with(BehaviourCatalogue.REQUEST_TERM_MONTHS, 12)
                .with(BehaviourCatalogue.CURRENT_DPD, 0));
    Decision d = strategy.decide(new DecisionRequest(7, null, null, "d1", now, features));
    assertThat(d.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(d.reasons()).extracting(Reason::code).contains("VELOCITY_24H");
  }

  private Decision request(
      CompiledStrategy strategy, FeatureStates states, long seq, Instant at, String amount) {
    states.ingest(
        new BehaviourEvent(
            seq, EventType.DRAWDOWN_REQUESTED, 8, 80L, "d8", at, Money.of(amount), null, null));
    double[] features =
        states.features(
            EntityKeys.customer(8).withCreditLine(80).withDevice("d8"),
            at,
            RequestInputs.none()
                .with(BehaviourCatalogue.REQUEST_AMOUNT, Money.of(amount))
                .with(BehaviourCatalogue.REQUEST_TERM_MONTHS, 12)
                .with(BehaviourCatalogue.CURRENT_DPD, 0));
    return strategy.decide(new DecisionRequest(8, null, null, "d8", at, features));
  }

  @Test
  void aRefusedFullLimitRequestRightAfterGrantDoesNotLockTheLine() {
    CompiledStrategy strategy = defaultStrategy();
    FeatureStates states = FeatureStates.inHeap(catalogue);
    Instant granted = Instant.parse("2026-03-01T02:00:00Z");
    states.ingest(
        new BehaviourEvent(
            1, EventType.CREDIT_GRANTED, 8, 80L, null, granted, Money.of("10000.00"), null, null));

    Decision full = request(strategy, states, 2, granted.plusSeconds(3600), "9800.00");
    assertThat(full.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(full.reasons()).extracting(Reason::code).containsExactly("FULL_LIMIT_AFTER_GRANT");
    states.ingest(
        new BehaviourEvent(
            3,
            EventType.DRAWDOWN_REJECTED,
            8,
            80L,
            "d8",
            granted.plusSeconds(3600),
            Money.of("9800.00"),
            null,
            null));

    Decision normal = request(strategy, states, 4, granted.plusSeconds(7200), "3000.00");
    assertThat(normal.outcome()).isEqualTo(Outcome.APPROVE);
    assertThat(normal.reasons()).isEmpty();
  }

  @Test
  void aTemporaryLimitInForceCountsInTheFullLimit() {
    CompiledStrategy strategy = defaultStrategy();
    FeatureStates states = FeatureStates.inHeap(catalogue);
    Instant granted = Instant.parse("2026-03-01T02:00:00Z");
    states.ingest(
        new BehaviourEvent(
            1, EventType.CREDIT_GRANTED, 8, 80L, null, granted, Money.of("10000.00"), null, null));
    states.ingest(
        new BehaviourEvent(
            2,
            EventType.LIMIT_CHANGED,
            8,
            80L,
            null,
            granted.plusSeconds(60),
            Money.of("15000.00"),
            null,
            null));

    assertThat(request(strategy, states, 3, granted.plusSeconds(3600), "11000.00").outcome())
        .isEqualTo(Outcome.APPROVE);
    Decision full = request(strategy, states, 4, granted.plusSeconds(7200), "14250.00");
    assertThat(full.reasons()).extracting(Reason::code).contains("FULL_LIMIT_AFTER_GRANT");
  }
}
