package dev.creditloop.decisioning.rule;

import dev.creditloop.decisioning.expr.BoolExpression;
import dev.creditloop.decisioning.expr.BoolNode;
import dev.creditloop.decisioning.expr.EvaluationFailed;
import dev.creditloop.decisioning.expr.ExpressionCompiler;
import dev.creditloop.decisioning.expr.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule set ready to run: the conditions as an array of closures and the rules' metadata in
 * parallel arrays, so evaluation is one tight loop and a hit is just an index. Immutable.
 */
public final class CompiledRuleSet {

  private final String id;
  private final RuleSetMode mode;
  private final BoolNode[] conditions;
  private final String[] ids;
  private final String[] sources;
  private final Action[] actions;
  private final String[] reasons;
  private final String[] messages;
  private final double[] weights;
  private final int[][] reads;
  private final int[] allReads;
  private final Threshold[] thresholds;
  private final RuleSetResult nothing;

  private CompiledRuleSet(RuleSetDefinition d, BoolExpression[] compiled, Threshold[] thresholds) {
    int n = compiled.length;
    this.id = d.id();
    this.mode = d.mode();
    this.conditions = new BoolNode[n];
    this.ids = new String[n];
    this.sources = new String[n];
    this.actions = new Action[n];
    this.reasons = new String[n];
    this.messages = new String[n];
    this.weights = new double[n];
    this.reads = new int[n][];
    BitSet union = new BitSet();
    for (int i = 0; i < n; i++) {
      RuleDefinition rule = d.rules().get(i);
      conditions[i] = compiled[i].node();
      ids[i] = rule.id();
      sources[i] = rule.when();
      actions[i] = rule.action() == null ? Action.PASS : rule.action();
      reasons[i] = rule.reason();
      messages[i] = rule.message() == null ? rule.id() : rule.message();
      weights[i] = rule.weight() == null ? 0 : rule.weight();
      reads[i] = compiled[i].reads();
      for (int slot : reads[i]) {
        union.set(slot);
      }
    }
    this.allReads = union.stream().toArray();
    this.thresholds = thresholds;
    this.nothing = finish(RuleSetResult.NO_HITS, 0, Action.PASS);
  }

  /**
   * Validates and compiles; on any problem records it under {@code problems} (paths relative to the
   * rule set, e.g. {@code rules[5].when}) and returns null.
   */
  public static CompiledRuleSet compile(
      RuleSetDefinition d, ExpressionCompiler expressions, Problems problems) {
    int before = problems.count();
    problems.require("mode", d.mode());
    List<RuleDefinition> rules = d.rules() == null ? List.of() : d.rules();
    if (rules.isEmpty()) {
      problems.at("rules").add("a rule set needs at least one rule");
    }
    boolean weighted = d.mode() == RuleSetMode.WEIGHTED;
    BoolExpression[] compiled = new BoolExpression[rules.size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      RuleDefinition rule = rules.get(i);
      Problems at = problems.at("rules").at(i);
      if (rule == null) {
        at.add("is empty");
        continue;
      }
      if (at.require("id", rule.id()) && !seen.add(rule.id())) {
        at.at("id").add("duplicate rule id '" + rule.id() + "'");
      }
      if (at.require("when", rule.when())) {
        compiled[i] = at.at("when").condition(expressions, rule.when());
      }
      if (weighted) {
        at.require("weight", rule.weight());
        if (rule.weight() != null && !Double.isFinite(rule.weight())) {
          at.at("weight").add("must be a finite number");
        }
      } else if (at.require("action", rule.action())
          && rule.action() != Action.PASS
          && (rule.reason() == null || rule.reason().isBlank())) {
        at.at("reason").add("a " + rule.action() + " rule needs a reason code");
      }
    }
    Threshold[] thresholds = thresholds(d, weighted, problems);
    if (problems.count() > before) {
      return null;
    }
    return new CompiledRuleSet(d, compiled, thresholds);
  }

  private static Threshold[] thresholds(RuleSetDefinition d, boolean weighted, Problems problems) {
    List<Threshold> list = d.thresholds() == null ? List.of() : d.thresholds();
    if (!weighted) {
      if (!list.isEmpty()) {
        problems.at("thresholds").add("thresholds apply to WEIGHTED rule sets only");
      }
      return new Threshold[0];
    }
    if (list.isEmpty()) {
      problems.at("thresholds").add("a WEIGHTED rule set needs at least one threshold");
    }
    for (int i = 0; i < list.size(); i++) {
      Threshold t = list.get(i);
      Problems at = problems.at("thresholds").at(i);
      at.require("action", t.action());
      if (t.action() != null
          && t.action() != Action.PASS
          && (t.reason() == null || t.reason().isBlank())) {
        at.at("reason").add("a " + t.action() + " threshold needs a reason code");
      }
      if (i > 0 && !(t.atLeast() > list.get(i - 1).atLeast())) {
        at.at("atLeast").add("thresholds must be in strictly ascending order");
      }
    }
    return list.toArray(Threshold[]::new);
  }

  /**
   * Evaluates against a feature array; allocates only when a rule holds or fails. A rule whose
   * condition fails ({@link EvaluationFailed}) neither holds nor stops a first-match set: it is
   * listed in {@link RuleSetResult#failed()}, and the strategy decides what a failure means.
   */
  public RuleSetResult evaluate(double[] f) {
    int[] hits = null;
    int count = 0;
    double weight = 0;
    Action action = Action.PASS;
    RuleSetResult.Failures failures = null;
    BoolNode[] c = conditions;
    for (int i = 0; i < c.length; i++) {
      boolean holds;
      try {
        holds = c[i].eval(f);
      } catch (EvaluationFailed e) {
        failures = RuleSetResult.Failures.add(failures, i, e);
        continue;
      }
      if (holds) {
        if (hits == null) {
          hits = new int[mode == RuleSetMode.FIRST_MATCH ? 1 : 4];
        } else if (count == hits.length) {
          hits = Arrays.copyOf(hits, count * 2);
        }
        hits[count++] = i;
        weight += weights[i];
        action = action.worst(actions[i]);
        if (mode == RuleSetMode.FIRST_MATCH) {
          break;
        }
      }
    }
    if (failures != null) {
      int[] held = hits == null ? RuleSetResult.NO_HITS : Arrays.copyOf(hits, count);
      return finish(held, weight, action).withFailures(failures);
    }
    if (hits == null) {
      return nothing;
    }
    return finish(count == hits.length ? hits : Arrays.copyOf(hits, count), weight, action);
  }

  private RuleSetResult finish(int[] hits, double weight, Action action) {
    if (mode != RuleSetMode.WEIGHTED) {
      return new RuleSetResult(action, hits, weight, -1);
    }
    int reached = -1;
    for (int t = 0; t < thresholds.length; t++) {
      if (weight >= thresholds[t].atLeast()) {
        reached = t;
      }
    }
    return new RuleSetResult(
        reached < 0 ? Action.PASS : thresholds[reached].action(), hits, weight, reached);
  }

  public String id() {
    return id;
  }

  public RuleSetMode mode() {
    return mode;
  }

  public int size() {
    return ids.length;
  }

  public String ruleId(int rule) {
    return ids[rule];
  }

  public String condition(int rule) {
    return sources[rule];
  }

  public Action action(int rule) {
    return actions[rule];
  }

  public String reason(int rule) {
    return reasons[rule];
  }

  public String message(int rule) {
    return messages[rule];
  }

  public double weight(int rule) {
    return weights[rule];
  }

  public Threshold threshold(int index) {
    return thresholds[index];
  }

  /** Slots any rule of the set reads, ascending; the caller must not modify the array. */
  public int[] reads() {
    return allReads;
  }

  public int[] reads(int rule) {
    return reads[rule];
  }

  public List<String> ruleIds() {
    return new ArrayList<>(Arrays.asList(ids));
  }
}
