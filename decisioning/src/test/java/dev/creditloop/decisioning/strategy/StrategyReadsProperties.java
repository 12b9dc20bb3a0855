package dev.creditloop.decisioning.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.FeaturePlan;
import dev.creditloop.decisioning.list.ListEntries;
import dev.creditloop.decisioning.scorecard.ScorecardDefinition;
import dev.creditloop.decisioning.scorecard.ScorecardImport;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A strategy's {@link CompiledStrategy#reads()} names every feature its decisions can read: with
 * any values at all in the other slots, every decision (outcome, score, reasons, trace) is the one
 * the full feature array gives. This is what lets the server compute only the strategy's features
 * ({@code BehaviourCatalogue.plan}).
 */
class StrategyReadsProperties {

  private static final BehaviourCatalogue CATALOGUE = BehaviourCatalogue.standard();
  private static final StrategyCompiler COMPILER =
      new StrategyCompiler(CATALOGUE, ListEntries.none());
  private static final double[] VALUES = {
    0, 1, 2, 3, 5, 7, 30, 200, 400, 0.2, 0.5, 0.85, 0.95, 5000, 10000, 50000, Double.NaN, -1
  };

  private static final List<CompiledStrategy> STRATEGIES = strategies();

  private static List<CompiledStrategy> strategies() {
    try {
      StrategyDocument base =
          DefaultDrawdownStrategy.document(DefaultDrawdownStrategy.STANDARD_CATALOGUE_NAMES);
      ScorecardDefinition card =
          ScorecardImport.read(ScorecardPublicationTest.CARD, "bcard", null, null).definition();
      return List.of(
          COMPILER.compile(DefaultDrawdownStrategy.standardYaml()).orElseThrow(),
          COMPILER
              .compile(
                  StrategyDocument.parse(
                      ScorecardPublication.publish(base, "bcard", card, 2).toJson()))
              .orElseThrow());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theDefaultStrategyReadsAFractionOfTheCatalogue() {
    FeaturePlan plan = CATALOGUE.plan(STRATEGIES.get(0).reads());
    assertThat(plan.slots()).isNotEmpty();
    assertThat(plan.slots().length).isLessThan(CATALOGUE.size() / 2);
    assertThat(plan.evaluates(CATALOGUE.slotOf("drawdown_count_24h").getAsInt())).isTrue();
  }

  @Property(tries = 400)
  void slotsOutsideTheReadsChangeNoDecision(@ForAll long seed) {
    Random random = new Random(seed);
    for (CompiledStrategy strategy : STRATEGIES) {
      FeaturePlan plan = CATALOGUE.plan(strategy.reads());
      double[] full = new double[CATALOGUE.size()];
      double[] other = new double[CATALOGUE.size()];
      for (int i = 0; i < full.length; i++) {
        // mostly quiet histories, so that decisions get past the anomaly rules to the scorecards
        full[i] = random.nextInt(4) > 0 ? 0 : VALUES[random.nextInt(VALUES.length)];
        other[i] = plan.evaluates(i) ? full[i] : VALUES[random.nextInt(VALUES.length)];
      }
      long customer = 1 + random.nextInt(1000);
      Decision a = decide(strategy, customer, full);
      Decision b = decide(strategy, customer, other);
      assertThat(b.outcome()).isEqualTo(a.outcome());
      assertThat(b.score()).isEqualTo(a.score());
      assertThat(b.reasons()).isEqualTo(a.reasons());
      assertThat(b.outputs()).isEqualTo(a.outputs());
      assertThat(b.trace().toString()).isEqualTo(a.trace().toString());
    }
  }

  private static Decision decide(CompiledStrategy s, long customer, double[] features) {
    return s.decide(
        new DecisionRequest(
            customer, null, null, null, Instant.parse("2026-06-01T03:00:00Z"), features));
  }
}
