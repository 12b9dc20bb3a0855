package dev.creditloop.decisioning.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import dev.creditloop.decisioning.expr.TestCatalogue;
import dev.creditloop.decisioning.list.ListEntries;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrategyCompilerTest {

  static final TestCatalogue CATALOGUE = TestCatalogue.drawdown();
  static final StrategyCompiler COMPILER = new StrategyCompiler(CATALOGUE, ListEntries.none());
  static final Instant NOW = Instant.parse("2025-06-10T12:00:00Z");

  static final String VALID =
      """
      id: s
      version: 1
      segments:
        - {name: first, when: is_first_drawdown, flow: first}
        - {name: repeat, when: "true", flow: repeat}
      flows:
        first:
          steps:
            - {type: rules, id: first_rules, mode: ALL_MATCH, rules: [{id: a, when: "utilisation > 0.9", action: REVIEW, reason: U}]}
        repeat:
          steps:
            - {type: lists, id: lists, checks: [{list: BLACK, action: REJECT, reason: BL}]}
            - type: scorecard
              id: card
              basePoints: 600
              characteristics:
                - feature: max_dpd_12m
                  reason: DPD
                  bins: [{range: "(-inf, 1)", points: 50}, {else: true, points: 0}]
            - type: rules
              id: repeat_rules
              mode: ALL_MATCH
              rules:
                - {id: r0, when: "f0 > 1", action: REVIEW, reason: R0}
                - {id: r1, when: "f1 > 1", action: REVIEW, reason: R1}
                - {id: r2, when: "f2 > 1", action: REVIEW, reason: R2}
                - {id: r3, when: "f3 > 1", action: REVIEW, reason: R3}
                - {id: r4, when: "f4 > 1", action: REVIEW, reason: R4}
                - {id: r5, when: "f5 > 1 && score < 620", action: REJECT, reason: R5}
          outputs:
            limit: {expr: "score >= 650 ? 5000 : 2000"}
      """;

  static Compilation compile(String yaml) {
    return COMPILER.compile(yaml);
  }

  static DecisionRequest request(double[] f) {
    return new DecisionRequest(42, "110105199001011234", "13800138000", "dev-1", NOW, f);
  }

  @Test
  void aValidDocumentCompilesAndDecides() {
    CompiledStrategy s = compile(VALID).orElseThrow();
    Decision d = s.decide(request(CATALOGUE.values("max_dpd_12m", 0)));
    assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
    assertThat(d.segment()).isEqualTo("repeat");
    assertThat(d.score()).hasValue(650.0);
    assertThat(d.suggestedLimit()).hasValue(5000.0);
    Decision first =
        s.decide(request(CATALOGUE.values("is_first_drawdown", true, "utilisation", 1)));
    assertThat(first.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(first.reasons()).containsExactly(new Reason("U", "a", "first_rules"));
  }

  @Test
  void theScoreIsAVariableForLaterSteps() {
    CompiledStrategy s = compile(VALID).orElseThrow();
    Decision d = s.decide(request(CATALOGUE.values("max_dpd_12m", 3, "f5", 2)));
    assertThat(d.score()).hasValue(600.0);
    assertThat(d.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(d.reasons()).extracting(Reason::code).containsExactly("R5");
    assertThat(d.outputs()).isEmpty();
  }

  @Test
  void anExpressionErrorIsReportedAtItsPathLineAndColumn() {
    Compilation c = compile(VALID.replace("f5 > 1 && score < 620", "f5 > 1 && scroe < 620"));
    assertThat(c.succeeded()).isFalse();
    assertThat(c.problems())
        .containsExactly(
            new DefinitionProblem(
                "flows.repeat.steps[2].rules[5].when",
                1,
                11,
                "undeclared reference to 'scroe' (in container '')"));
    assertThat(c.problems().get(0).toString())
        .isEqualTo(
            "flows.repeat.steps[2].rules[5].when 1:11: undeclared reference to 'scroe' (in container '')");
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    String broken =
        VALID
            .replace("version: 1", "version: 0")
            .replace("flow: first}", "flow: frist}")
            .replace("when: \"utilisation > 0.9\"", "when: \"utilisation >\"")
            .replace("feature: max_dpd_12m", "feature: max_dpd")
            .replace("{id: r1,", "{id: r0,")
            .replace("expr: \"score >= 650 ? 5000 : 2000\"", "expr: \"score >= 650\"");
    assertThat(compile(broken).problems())
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "version: must be a whole number from 1",
            "flows.first.steps[0].rules[0].when 1:14: mismatched input '<EOF>' expecting {'[', '{', '(', '.', '-', '!', 'true', 'false', 'null', NUM_FLOAT, NUM_INT, NUM_UINT, STRING, BYTES, IDENTIFIER}",
            "flows.repeat.steps[1].characteristics[0].feature: unknown feature 'max_dpd'",
            "flows.repeat.steps[2].rules[1].id: duplicate rule id 'r0'",
            "flows.repeat.outputs.limit.expr 1:7: a value must be a number, this is bool",
            "segments[0].flow: no flow 'frist'; flows are [first, repeat]");
  }

  @Test
  void stepReferencesAndIdsAreChecked() {
    String yaml =
        """
        id: s
        version: 1
        segments: [{name: all, when: "true", flow: main}]
        steps:
          shared: {type: rules, mode: ALL_MATCH, rules: [{id: a, when: "f0 > 1", action: PASS}]}
          other: {type: lists, checks: [{list: WHITE, action: PASS, skip: [shared, nothing]}]}
        flows:
          main:
            steps:
              - shared
              - missing_step
              - {type: rules, id: shared, mode: ALL_MATCH, rules: [{id: b, when: "f1 > 1", action: PASS}]}
              - shared
            outputs:
              price: {table: shared, column: price}
        """;
    assertThat(compile(yaml).problems())
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "flows.main.steps[1]: no step 'missing_step' is declared under steps",
            "flows.main.steps[2].id: step id 'shared' is already used; step ids are unique",
            "flows.main.steps[3]: step 'shared' appears twice in this flow",
            "steps.other.checks[0].skip[1]: no step 'nothing' in this strategy",
            "flows.main.outputs.price.table: step 'shared' is not a table");
  }

  @Test
  void aDocumentThatDoesNotParseIsAProblemToo() {
    assertThat(compile("id: s\nversoin: 1").problems().get(0).path()).isEqualTo("versoin");
  }

  @Test
  void aRequestMatchingNoSegmentGoesToReview() {
    String yaml = VALID.replace("when: \"true\", flow: repeat", "when: \"f9 > 0\", flow: repeat");
    Decision d = compile(yaml).orElseThrow().decide(request(CATALOGUE.values()));
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.segment()).isNull();
    assertThat(d.reasons()).extracting(Reason::code).containsExactly("NO_SEGMENT");
  }

  @Test
  void theFeatureArrayMustMatchTheCatalogue() {
    CompiledStrategy s = compile(VALID).orElseThrow();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.decide(request(new double[3])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected " + CATALOGUE.size() + " features");
  }

  @Test
  void experimentArmsRunTheirVersionsAndSharesMustAddUp() {
    String v1 = VALID;
    String v2 =
        VALID.replace("version: 1", "version: 2").replace("basePoints: 600", "basePoints: 700");
    StrategyVersions versions =
        (id, version) -> {
          try {
            return version == 2 ? Optional.of(StrategyDocument.fromYaml(v2)) : Optional.empty();
          } catch (StrategyDocumentException e) {
            throw new IllegalStateException(e);
          }
        };
    StrategyCompiler compiler = new StrategyCompiler(CATALOGUE, ListEntries.none(), versions);
    String withArms =
        v1
            + "experiment: {salt: exp-1, arms: [{name: champion, version: 1, share: 50}, "
            + "{name: challenger, version: 2, share: 50}]}\n";
    CompiledStrategy s = compiler.compile(withArms).orElseThrow();
    ArmAssignment arms = s.experiment().orElseThrow();
    for (long customer = 1; customer <= 20; customer++) {
      Decision d =
          s.decide(
              new DecisionRequest(
                  customer, null, null, null, NOW, CATALOGUE.values("max_dpd_12m", 0)));
      assertThat(d.arm()).isEqualTo(arms.assign(customer).name());
      assertThat(d.strategyVersion()).isEqualTo(arms.assign(customer).version());
      assertThat(d.score()).hasValue(d.strategyVersion() == 1 ? 650.0 : 750.0);
    }
    String badShares =
        withArms
            .replace("share: 50}]", "share: 40}]")
            .replace("version: 2, share", "version: 3, share");
    assertThat(compiler.compile(badShares).problems())
        .extracting(DefinitionProblem::toString)
        .containsExactly("experiment.arms: arm shares add up to 90.0%, not 100%");
    String unknownVersion = withArms.replace("version: 2, share", "version: 3, share");
    assertThat(compiler.compile(unknownVersion).problems())
        .extracting(DefinitionProblem::toString)
        .containsExactly("experiment.arms[1].version: version 3 of strategy 's' is not known");
  }

  @Test
  void aShadowStrategysDecisionsSaySo() {
    Decision d =
        compile(VALID.replace("version: 1", "version: 1\nmode: SHADOW"))
            .orElseThrow()
            .decide(request(CATALOGUE.values("max_dpd_12m", 0)));
    assertThat(d.mode()).isEqualTo(Mode.SHADOW);
  }

  @Test
  void theTraceShowsWhatWasReadAndWhatFired() {
    CompiledStrategy s = compile(VALID).orElseThrow();
    Decision d = s.decide(request(CATALOGUE.values("max_dpd_12m", 3, "f5", 2, "f0", 5)));
    DecisionTrace trace = d.trace();
    assertThat(trace.segmentsTried()).containsExactly("first", "repeat");
    assertThat(trace.steps()).containsExactly("lists", "card", "repeat_rules");
    assertThat(trace.ruleHits())
        .containsExactly(
            new DecisionTrace.RuleHit(
                "repeat_rules", "r0", dev.creditloop.decisioning.rule.Action.REVIEW, "R0", 0),
            new DecisionTrace.RuleHit(
                "repeat_rules", "r5", dev.creditloop.decisioning.rule.Action.REJECT, "R5", 0));
    assertThat(trace.scorecardBins())
        .containsExactly(
            new DecisionTrace.BinHit("card", "max_dpd_12m", "max_dpd_12m", 3, "else", 0, 50));
    Map<String, Double> read = trace.featuresRead();
    assertThat(read.keySet())
        .containsExactly(
            "is_first_drawdown", "max_dpd_12m", "f0", "f1", "f2", "f3", "f4", "f5", "score");
    assertThat(read.get("score")).isEqualTo(600.0);
    assertThat(read.get("f1")).isNaN();
    assertThat(d.latencyNanos()).isPositive();
  }
}
