package dev.creditloop.decisioning.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import dev.creditloop.decisioning.expr.TestCatalogue;
import dev.creditloop.decisioning.list.ListEntries;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A rule whose condition cannot be evaluated is never silence: refused when saved if that shows in
 * the text, otherwise the strategy's {@code onRuleError} outcome with the failure in the trace.
 */
class RuleErrorTest {

  static final TestCatalogue CATALOGUE = TestCatalogue.drawdown();
  static final StrategyCompiler COMPILER = new StrategyCompiler(CATALOGUE, ListEntries.none());

  static String strategy(String onRuleError, String mode, String... rules) {
    StringBuilder yaml =
        new StringBuilder(
            """
            id: s
            version: 1
            %s
            segments:
              - {name: all, when: "true", flow: main}
            flows:
              main:
                steps:
                  - type: rules
                    id: checks
                    mode: %s
                    rules:
            """
                .formatted(onRuleError == null ? "" : "onRuleError: " + onRuleError, mode));
    for (String rule : rules) {
      yaml.append("          - ").append(rule).append('\n');
    }
    return yaml.toString();
  }

  static Decision decide(CompiledStrategy s, Object... features) {
    return s.decide(
        new DecisionRequest(
            7,
            "110105199001011234",
            "13800138000",
            null,
            Instant.parse("2025-06-10T12:00:00Z"),
            CATALOGUE.values(features)));
  }

  static final String RATIO_RULE =
      "{id: big_ratio, when: \"request_amount / f0 > 3\", action: REJECT, reason: RATIO}";

  @Test
  void aConstantErrorIsRefusedAtSaveNamingTheRule() {
    Compilation c =
        COMPILER.compile(
            strategy(
                null,
                "ALL_MATCH",
                "{id: ok, when: \"f1 > 1\", action: REVIEW, reason: OK}",
                "{id: dead, when: \"1 / 0 > 0\", action: REJECT, reason: DEAD}",
                "{id: huge, when: \"9223372036854775807 + 1 > 0\", action: REJECT, reason: HUGE}",
                "{id: by_zero, when: \"f2 / 0 > 1\", action: REJECT, reason: Z}"));
    assertThat(c.succeeded()).isFalse();
    assertThat(c.problems())
        .extracting(DefinitionProblem::path)
        .containsExactly(
            "flows.main.steps[0].rules[1].when",
            "flows.main.steps[0].rules[2].when",
            "flows.main.steps[0].rules[3].when");
    assertThat(c.problems().get(0).cause()).contains("division by zero");
    assertThat(c.problems().get(1).cause()).contains("beyond 2^53");
  }

  @Test
  void aDivisionByAFeatureThatIsZeroIsReviewedWithTheErrorInTheTrace() {
    CompiledStrategy s = COMPILER.compile(strategy(null, "ALL_MATCH", RATIO_RULE)).orElseThrow();

    Decision d = decide(s, "request_amount", 5000, "f0", 0);

    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.reasons())
        .containsExactly(
            new Reason(
                "RULE_ERROR", "rule big_ratio could not be evaluated: division by zero", "checks"));
    assertThat(d.trace().ruleErrors())
        .containsExactly(new DecisionTrace.RuleError("checks", "big_ratio", "division by zero"));
    assertThat(d.trace().ruleHits()).isEmpty();
    // the same rule on good values decides as written, and a missing divisor is just missing
    assertThat(decide(s, "request_amount", 5000, "f0", 1000).outcome()).isEqualTo(Outcome.REJECT);
    assertThat(decide(s, "request_amount", 5000).outcome()).isEqualTo(Outcome.APPROVE);
    assertThat(decide(s, "request_amount", 5000).trace().ruleErrors()).isEmpty();
  }

  @Test
  void theStrategyMaySayAFailureRejects() {
    CompiledStrategy s =
        COMPILER.compile(strategy("REJECT", "ALL_MATCH", RATIO_RULE)).orElseThrow();
    assertThat(decide(s, "request_amount", 5000, "f0", 0).outcome()).isEqualTo(Outcome.REJECT);
  }

  @Test
  void aFailureMayNotPass() {
    Compilation c = COMPILER.compile(strategy("PASS", "ALL_MATCH", RATIO_RULE));
    assertThat(c.problems()).extracting(DefinitionProblem::path).containsExactly("onRuleError");
  }

  @Test
  void anOverflowIsAFailureToo() {
    CompiledStrategy s =
        COMPILER
            .compile(
                strategy(
                    null,
                    "ALL_MATCH",
                    "{id: product, when: \"f0 * f1 > 1\", action: REJECT, reason: P}"))
            .orElseThrow();
    Decision d = decide(s, "f0", 1e200, "f1", 1e200);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.trace().ruleErrors().get(0).error()).startsWith("overflow");
  }

  @Test
  void aFailingRuleDoesNotStopAFirstMatchSet() {
    CompiledStrategy s =
        COMPILER
            .compile(
                strategy(
                    null,
                    "FIRST_MATCH",
                    RATIO_RULE,
                    "{id: later, when: \"f1 > 1\", action: REJECT, reason: LATER}"))
            .orElseThrow();
    Decision d = decide(s, "request_amount", 5000, "f0", 0, "f1", 2);
    assertThat(d.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(d.trace().ruleHits())
        .extracting(DecisionTrace.RuleHit::rule)
        .containsExactly("later");
    assertThat(d.trace().ruleErrors())
        .extracting(DecisionTrace.RuleError::rule)
        .containsExactly("big_ratio");
  }

  @Test
  void aFailingSegmentConditionEndsTheDecisionWithTheFailure() {
    String yaml =
        """
        id: s
        version: 1
        segments:
          - {name: odd, when: "request_amount / f0 > 1", flow: main}
          - {name: rest, when: "true", flow: main}
        flows:
          main:
            steps:
              - {type: rules, id: r, mode: ALL_MATCH, rules: [{id: a, when: "f1 > 1", action: REJECT, reason: A}]}
            outputs:
              limit: {expr: "request_amount / f2"}
        """;
    CompiledStrategy s = COMPILER.compile(yaml).orElseThrow();
    Decision d = decide(s, "request_amount", 100, "f0", 0);
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.segment()).isNull();
    assertThat(d.trace().ruleErrors())
        .containsExactly(new DecisionTrace.RuleError("segments", "odd", "division by zero"));

    Decision output = decide(s, "request_amount", 100, "f0", 1000, "f2", 0);
    assertThat(output.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(output.suggestedLimit()).isEmpty();
    assertThat(output.trace().ruleErrors())
        .containsExactly(new DecisionTrace.RuleError("outputs", "limit", "division by zero"));
  }
}
