package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.rule.Action;
import dev.creditloop.decisioning.rule.CompiledRuleSet;
import dev.creditloop.decisioning.rule.RuleSetMode;
import dev.creditloop.decisioning.rule.RuleSetResult;
import dev.creditloop.decisioning.rule.Threshold;
import java.util.List;

final class RuleSetRun extends StepRun {

  final CompiledRuleSet rules;

  RuleSetRun(CompiledRuleSet rules) {
    super(rules.id());
    this.rules = rules;
  }

  @Override
  Object run(Evaluation ev) {
    RuleSetResult result = rules.evaluate(ev.w);
    if (result.anyFailed()) {
      int[] failed = result.failed();
      for (int i = 0; i < failed.length; i++) {
        ev.failed(id, rules.ruleId(failed[i]), result.failure(i));
      }
    }
    if (result.action() != Action.PASS) {
      if (rules.mode() == RuleSetMode.WEIGHTED) {
        Threshold t = rules.threshold(result.threshold());
        ev.reason(t.reason(), t.message() == null ? t.reason() : t.message(), id);
      } else {
        for (int hit : result.hits()) {
          if (rules.action(hit) != Action.PASS) {
            ev.reason(rules.reason(hit), rules.message(hit), id);
          }
        }
      }
      ev.act(result.action());
    }
    return result;
  }

  @Override
  int[] reads() {
    return rules.reads();
  }

  @Override
  void ruleHits(Object result, List<DecisionTrace.RuleHit> into) {
    for (int hit : ((RuleSetResult) result).hits()) {
      into.add(
          new DecisionTrace.RuleHit(
              id, rules.ruleId(hit), rules.action(hit), rules.reason(hit), rules.weight(hit)));
    }
  }
}
