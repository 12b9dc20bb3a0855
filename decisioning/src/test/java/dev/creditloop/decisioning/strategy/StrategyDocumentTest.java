package dev.creditloop.decisioning.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import dev.creditloop.decisioning.rule.Action;
import dev.creditloop.decisioning.rule.RuleSetMode;
import org.junit.jupiter.api.Test;

class StrategyDocumentTest {

  static final String YAML =
      """
      id: s
      version: 2
      status: active
      mode: SHADOW
      segments:
        - {name: all, when: "true", flow: main}
      steps:
        shared_rules:
          type: rules
          mode: FIRST_MATCH
          rules:
            - {id: r1, when: "utilisation > 0.9", action: REVIEW, reason: U}
      flows:
        main:
          steps:
            - shared_rules
            - type: table
              id: t
              hitPolicy: FIRST
              inputs: [utilisation]
              rows:
                - {when: ["[0, 0.5)"], values: {limit: 3000}}
          outputs:
            limit: {table: t, column: limit}
      """;

  static final String JSON =
      """
      {"id": "s", "version": 2, "status": "ACTIVE", "mode": "shadow",
       "segments": [{"name": "all", "when": "true", "flow": "main"}],
       "steps": {"shared_rules": {"type": "rules", "mode": "FIRST_MATCH",
         "rules": [{"id": "r1", "when": "utilisation > 0.9", "action": "REVIEW", "reason": "U"}]}},
       "flows": {"main": {
         "steps": ["shared_rules",
           {"type": "table", "id": "t", "hitPolicy": "FIRST", "inputs": ["utilisation"],
            "rows": [{"when": ["[0, 0.5)"], "values": {"limit": 3000}}]}],
         "outputs": {"limit": {"table": "t", "column": "limit"}}}}}
      """;

  @Test
  void yamlAndJsonReadIntoTheSameModel() throws Exception {
    StrategyDocument yaml = StrategyDocument.fromYaml(YAML);
    StrategyDocument json = StrategyDocument.fromJson(JSON);
    assertThat(yaml).isEqualTo(json);
    assertThat(StrategyDocument.parse(JSON)).isEqualTo(yaml);
    assertThat(yaml.status()).isEqualTo(Status.ACTIVE);
    assertThat(yaml.mode()).isEqualTo(Mode.SHADOW);
    FlowDocument main = yaml.flows().get("main");
    assertThat(main.steps().get(0)).isEqualTo(new StepReference("shared_rules"));
    assertThat(main.steps().get(1)).isInstanceOf(DecisionTableStep.class);
    RuleSetStep shared = (RuleSetStep) yaml.steps().get("shared_rules");
    assertThat(shared.mode()).isEqualTo(RuleSetMode.FIRST_MATCH);
    assertThat(shared.rules().get(0).action()).isEqualTo(Action.REVIEW);
  }

  @Test
  void aMisspeltFieldIsAnErrorWithItsPath() {
    String yaml = YAML.replace("hitPolicy: FIRST", "hitpolicy: FIRST");
    StrategyDocumentException e =
        catchThrowableOfType(
            StrategyDocumentException.class, () -> StrategyDocument.fromYaml(yaml));
    DefinitionProblem p = e.problems().get(0);
    assertThat(p.path()).isEqualTo("flows.main.steps[1].hitpolicy");
    assertThat(p.cause()).startsWith("line ").contains("Unrecognized field \"hitpolicy\"");
  }

  @Test
  void anUnknownStepTypeOrActionIsAnErrorWithItsPath() {
    StrategyDocumentException badType =
        catchThrowableOfType(
            StrategyDocumentException.class,
            () -> StrategyDocument.fromYaml(YAML.replace("type: table", "type: tabel")));
    assertThat(badType.problems().get(0).path()).isEqualTo("flows.main.steps[1]");
    assertThat(badType.problems().get(0).cause()).contains("tabel");
    StrategyDocumentException badAction =
        catchThrowableOfType(
            StrategyDocumentException.class,
            () -> StrategyDocument.fromYaml(YAML.replace("action: REVIEW", "action: DECLINE")));
    assertThat(badAction.problems().get(0).path()).isEqualTo("steps.shared_rules.rules[0].action");
  }

  @Test
  void malformedYamlIsAnErrorWithItsLine() {
    StrategyDocumentException e =
        catchThrowableOfType(
            StrategyDocumentException.class,
            () -> StrategyDocument.fromYaml("id: s\nflows: [\n  oops: {"));
    assertThat(e.problems().get(0).cause()).startsWith("line ");
  }

  @Test
  void statusMovesOnlyForward() {
    assertThat(Status.DRAFT.canBecome(Status.ACTIVE)).isTrue();
    assertThat(Status.ACTIVE.canBecome(Status.RETIRED)).isTrue();
    assertThat(Status.ACTIVE.canBecome(Status.DRAFT)).isFalse();
    assertThat(Status.RETIRED.canBecome(Status.ACTIVE)).isFalse();
  }
}
