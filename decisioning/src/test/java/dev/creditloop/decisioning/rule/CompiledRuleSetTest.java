package dev.creditloop.decisioning.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import dev.creditloop.decisioning.expr.ExpressionCompiler;
import dev.creditloop.decisioning.expr.Problems;
import dev.creditloop.decisioning.expr.TestCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledRuleSetTest {

  static final TestCatalogue CATALOGUE = TestCatalogue.drawdown();
  static final ExpressionCompiler EXPRESSIONS = new ExpressionCompiler(CATALOGUE);

  static final List<RuleDefinition> RULES =
      List.of(
          new RuleDefinition(
              "velocity", "drawdown_count_24h >= 5", Action.REJECT, "VEL", null, 50.0),
          new RuleDefinition(
              "night", "night_drawdown_count_7d >= 1", Action.REVIEW, "NIGHT", null, 20.0),
          new RuleDefinition("tag", "request_amount > 1000", Action.PASS, null, null, 5.0),
          new RuleDefinition("devices", "device_count_30d >= 3", Action.REVIEW, "DEV", null, 30.0));

  static CompiledRuleSet compile(RuleSetMode mode, List<Threshold> thresholds) {
    Problems problems = new Problems();
    CompiledRuleSet set =
        CompiledRuleSet.compile(
            new RuleSetDefinition("r", mode, RULES, thresholds), EXPRESSIONS, problems);
    assertThat(problems.list()).isEmpty();
    return set;
  }

  final double[] velocityAndNight =
      CATALOGUE.values("drawdown_count_24h", 6, "night_drawdown_count_7d", 1, "request_amount", 50);

  @Test
  void firstMatchStopsAtTheFirstRuleThatHolds() {
    RuleSetResult r = compile(RuleSetMode.FIRST_MATCH, null).evaluate(velocityAndNight);
    assertThat(r.hits()).containsExactly(0);
    assertThat(r.action()).isEqualTo(Action.REJECT);
  }

  @Test
  void firstMatchTakesTheFirstRuleEvenIfAMilderOneComesFirst() {
    double[] f = CATALOGUE.values("night_drawdown_count_7d", 1, "device_count_30d", 4);
    RuleSetResult r = compile(RuleSetMode.FIRST_MATCH, null).evaluate(f);
    assertThat(r.hits()).containsExactly(1);
    assertThat(r.action()).isEqualTo(Action.REVIEW);
  }

  @Test
  void allMatchCollectsEveryHitAndTheWorstActionWins() {
    double[] f =
        CATALOGUE.values(
            "drawdown_count_24h",
            6,
            "night_drawdown_count_7d",
            2,
            "request_amount",
            5000,
            "device_count_30d",
            3);
    RuleSetResult r = compile(RuleSetMode.ALL_MATCH, null).evaluate(f);
    assertThat(r.hits()).containsExactly(0, 1, 2, 3);
    assertThat(r.action()).isEqualTo(Action.REJECT);
  }

  @Test
  void aPassRuleHitsWithoutChangingTheAction() {
    RuleSetResult r =
        compile(RuleSetMode.ALL_MATCH, null).evaluate(CATALOGUE.values("request_amount", 5000));
    assertThat(r.hits()).containsExactly(2);
    assertThat(r.action()).isEqualTo(Action.PASS);
  }

  @Test
  void noHitGivesPass() {
    RuleSetResult r = compile(RuleSetMode.ALL_MATCH, null).evaluate(CATALOGUE.values());
    assertThat(r.hits()).isEmpty();
    assertThat(r.action()).isEqualTo(Action.PASS);
  }

  @Test
  void weightedSumsTheHitsAndTakesTheHighestThresholdReached() {
    List<Threshold> thresholds =
        List.of(
            new Threshold(25, Action.REVIEW, "RISK_REVIEW", null),
            new Threshold(60, Action.REJECT, "RISK_REJECT", null));
    CompiledRuleSet set = compile(RuleSetMode.WEIGHTED, thresholds);
    RuleSetResult night = set.evaluate(CATALOGUE.values("night_drawdown_count_7d", 1));
    assertThat(night.weight()).isEqualTo(20.0);
    assertThat(night.action()).isEqualTo(Action.PASS);
    RuleSetResult nightAndTag =
        set.evaluate(CATALOGUE.values("night_drawdown_count_7d", 1, "request_amount", 2000));
    assertThat(nightAndTag.weight()).isEqualTo(25.0);
    assertThat(nightAndTag.action()).isEqualTo(Action.REVIEW);
    assertThat(nightAndTag.threshold()).isEqualTo(0);
    RuleSetResult all = set.evaluate(velocityAndNight);
    assertThat(all.weight()).isEqualTo(70.0);
    assertThat(all.action()).isEqualTo(Action.REJECT);
    assertThat(set.threshold(all.threshold()).reason()).isEqualTo("RISK_REJECT");
  }

  @Test
  void problemsAreReportedWithTheirPaths() {
    Problems problems = new Problems();
    CompiledRuleSet set =
        CompiledRuleSet.compile(
            new RuleSetDefinition(
                "r",
                RuleSetMode.ALL_MATCH,
                List.of(
                    new RuleDefinition(
                        "a", "drawdown_count_24h >= 5", Action.REJECT, null, null, null),
                    new RuleDefinition("a", "utilisation >", Action.REVIEW, "U", null, null),
                    new RuleDefinition("c", "nope > 1", null, null, null, null)),
                List.of(new Threshold(1, Action.REJECT, "X", null))),
            EXPRESSIONS,
            problems);
    assertThat(set).isNull();
    assertThat(problems.list())
        .extracting(DefinitionProblem::path)
        .containsExactly(
            "rules[0].reason",
            "rules[1].id",
            "rules[1].when",
            "rules[2].when",
            "rules[2].action",
            "thresholds");
    assertThat(problems.list().get(3))
        .isEqualTo(
            new DefinitionProblem(
                "rules[2].when", 1, 1, "undeclared reference to 'nope' (in container '')"));
  }

  @Test
  void weightedRuleSetsNeedWeightsAndAscendingThresholds() {
    Problems problems = new Problems();
    CompiledRuleSet.compile(
        new RuleSetDefinition(
            "w",
            RuleSetMode.WEIGHTED,
            List.of(new RuleDefinition("a", "utilisation > 0.5", null, null, null, null)),
            List.of(
                new Threshold(50, Action.REJECT, "X", null),
                new Threshold(50, Action.REVIEW, "Y", null))),
        EXPRESSIONS,
        problems);
    assertThat(problems.list())
        .extracting(DefinitionProblem::path)
        .containsExactly("rules[0].weight", "thresholds[1].atLeast");
  }
}
