package dev.creditloop.decisioning.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.list.ListEntries;
import dev.creditloop.decisioning.rule.Action;
import dev.creditloop.decisioning.scorecard.Cutoff;
import dev.creditloop.decisioning.scorecard.ScorecardDefinition;
import dev.creditloop.decisioning.scorecard.ScorecardImport;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardPublicationTest {

  private final BehaviourCatalogue catalogue = BehaviourCatalogue.standard();
  private final StrategyCompiler compiler = new StrategyCompiler(catalogue, ListEntries.none());

  static final String CARD =
      """
      { "format": "creditloop-scorecard/1", "name": "trained", "baseScore": 520,
        "characteristics": [
          { "feature": "on_time_repayment_ratio_365d", "type": "numeric", "reasonCode": "ON_TIME",
            "bins": [
              {"label": "missing", "missing": true, "points": 5},
              {"label": "low", "lower": null, "upper": 0.8, "points": -20},
              {"label": "high", "lower": 0.8, "upper": null, "points": 45} ] } ] }
      """;

  /** A repeat drawdown: not the first, well past grant, nothing anomalous. */
  private double[] repeatCustomer(double onTimeRatio) {
    double[] f = new double[catalogue.size()];
    Arrays.fill(f, 0);
    f[catalogue.slotOf("is_first_drawdown").getAsInt()] = 0;
    f[catalogue.slotOf("days_since_grant").getAsInt()] = 200;
    f[catalogue.slotOf("on_time_repayment_ratio_365d").getAsInt()] = onTimeRatio;
    f[catalogue.slotOf("utilisation").getAsInt()] = 0.2;
    return f;
  }

  private Decision decide(CompiledStrategy s, double[] features) {
    return s.decide(
        new DecisionRequest(7, null, null, null, Instant.parse("2026-06-01T03:00:00Z"), features));
  }

  @Test
  void theDefaultStrategyWrittenAsJsonReadsBackAndDecidesTheSame() throws Exception {
    StrategyDocument original =
        DefaultDrawdownStrategy.document(DefaultDrawdownStrategy.STANDARD_CATALOGUE_NAMES);
    String json = original.toJson();
    StrategyDocument back = StrategyDocument.parse(json);
    assertThat(back).isEqualTo(original);
    assertThat(json).contains("\"steps\" : [ \"lists\", \"hard_anomalies\"");
    CompiledStrategy a = compiler.compile(original).orElseThrow();
    CompiledStrategy b = compiler.compile(back).orElseThrow();
    for (double ratio : new double[] {0.5, 0.85, 0.95, 1.0}) {
      assertThat(decide(b, repeatCustomer(ratio)).score())
          .isEqualTo(decide(a, repeatCustomer(ratio)).score());
    }
  }

  @Test
  void anImportedCardReplacesTheRepeatFlowsScorecardAsANewDraftVersionKeepingItsCutoffs()
      throws Exception {
    StrategyDocument base =
        DefaultDrawdownStrategy.document(DefaultDrawdownStrategy.STANDARD_CATALOGUE_NAMES);
    ScorecardDefinition card = ScorecardImport.read(CARD, "bcard", null, null).definition();

    StrategyDocument published = ScorecardPublication.publish(base, "bcard", card, 2);
    CompiledStrategy s = compiler.compile(StrategyDocument.parse(published.toJson())).orElseThrow();

    assertThat(s.version()).isEqualTo(2);
    assertThat(s.status()).isEqualTo(Status.DRAFT);
    Decision good = decide(s, repeatCustomer(0.9));
    assertThat(good.score()).hasValue(565.0);
    assertThat(good.segment()).isEqualTo("repeat");
    assertThat(good.trace().scorecardBins())
        .extracting(DecisionTrace.BinHit::characteristic)
        .containsExactly("on_time_repayment_ratio_365d");
    // the old cut-offs stay: below 560 is a rejection
    Decision poor = decide(s, repeatCustomer(0.5));
    assertThat(poor.score()).hasValue(500.0);
    assertThat(poor.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(poor.reasons()).extracting(Reason::code).contains("LOW_BSCORE");
    // the rest of the strategy is untouched
    assertThat(published.segments()).isEqualTo(base.segments());
    assertThat(published.steps()).isEqualTo(base.steps());
  }

  @Test
  void givenCutoffsReplaceTheStepsAndAMissingOrWrongStepIsRefused() throws Exception {
    StrategyDocument base =
        DefaultDrawdownStrategy.document(DefaultDrawdownStrategy.STANDARD_CATALOGUE_NAMES);
    ScorecardDefinition card =
        ScorecardImport.read(
                CARD,
                "bcard",
                1,
                List.of(
                    new Cutoff(510, Action.REJECT, "LOW", null),
                    new Cutoff(530, Action.REVIEW, "MID", null)))
            .definition();
    CompiledStrategy s =
        compiler.compile(ScorecardPublication.publish(base, "bcard", card, 3)).orElseThrow();
    assertThat(decide(s, repeatCustomer(0.5)).outcome()).isEqualTo(Outcome.REJECT);
    assertThat(decide(s, repeatCustomer(Double.NaN)).outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(decide(s, repeatCustomer(0.9)).outcome()).isEqualTo(Outcome.APPROVE);

    assertThatThrownBy(() -> ScorecardPublication.publish(base, "acard", card, 3))
        .isInstanceOf(StrategyDocumentException.class)
        .hasMessageContaining("no scorecard step 'acard'");
    assertThatThrownBy(() -> ScorecardPublication.publish(base, "limit_price", card, 3))
        .isInstanceOf(StrategyDocumentException.class)
        .hasMessageContaining("is a decisiontable step");
  }
}
