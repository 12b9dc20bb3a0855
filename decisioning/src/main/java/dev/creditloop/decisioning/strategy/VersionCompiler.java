package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.expr.BoolExpression;
import dev.creditloop.decisioning.expr.ExpressionCompiler;
import dev.creditloop.decisioning.expr.NumExpression;
import dev.creditloop.decisioning.expr.Problems;
import dev.creditloop.decisioning.list.CompiledListScreen;
import dev.creditloop.decisioning.list.ListEntries;
import dev.creditloop.decisioning.rule.Action;
import dev.creditloop.decisioning.rule.CompiledRuleSet;
import dev.creditloop.decisioning.scorecard.CompiledScorecard;
import dev.creditloop.decisioning.table.CompiledTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles one strategy document (without its experiment): every step once, then each flow from the
 * compiled steps, then the segments. Collects all problems; one instance per compilation.
 */
final class VersionCompiler {

  private final StrategyDocument doc;
  private final ExpressionCompiler expressions;
  private final ListEntries lists;
  private final Problems problems;
  private final int catalogueSize;
  private final int scoreSlot;

  /** Step id to its compiled form; null when it did not compile (the problem is recorded). */
  private final Map<String, Object> compiled = new LinkedHashMap<>();

  private final Map<String, Problems> definedAt = new HashMap<>();

  VersionCompiler(
      StrategyDocument doc,
      StrategyVariables variables,
      int catalogueSize,
      ListEntries lists,
      Problems problems) {
    this.doc = doc;
    this.expressions = new ExpressionCompiler(variables);
    this.lists = lists;
    this.problems = problems;
    this.catalogueSize = catalogueSize;
    this.scoreSlot = variables.slotOf(StrategyVariables.SCORE).getAsInt();
  }

  CompiledVersion compile() {
    int before = problems.count();
    problems.require("id", doc.id());
    if (doc.version() == null || doc.version() < 1) {
      problems.at("version").add("must be a whole number from 1");
    }
    if (doc.onRuleError() == Action.PASS) {
      problems
          .at("onRuleError")
          .add("a rule that cannot be evaluated must not pass unseen: REVIEW or REJECT");
    }
    Map<String, StepDocument> shared = doc.steps() == null ? Map.of() : doc.steps();
    for (Map.Entry<String, StepDocument> e : shared.entrySet()) {
      sharedStep(e.getKey(), e.getValue(), problems.at("steps").at(e.getKey()));
    }
    Map<String, FlowDocument> flowDocs = doc.flows() == null ? Map.of() : doc.flows();
    if (flowDocs.isEmpty()) {
      problems.at("flows").add("a strategy needs at least one flow");
    }
    Map<String, List<String>> flowSteps = new LinkedHashMap<>();
    for (Map.Entry<String, FlowDocument> e : flowDocs.entrySet()) {
      flowSteps.put(e.getKey(), steps(e.getValue(), problems.at("flows").at(e.getKey())));
    }
    checkSkips();
    Map<String, Flow> flows = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : flowSteps.entrySet()) {
      Problems at = problems.at("flows").at(e.getKey());
      Flow flow = flow(e.getKey(), flowDocs.get(e.getKey()), e.getValue(), at);
      if (flow != null) {
        flows.put(e.getKey(), flow);
      }
    }
    Segment[] segments = segments(flows, flowDocs.keySet());
    if (problems.count() > before) {
      return null;
    }
    return new CompiledVersion(
        doc, segments, new ArrayList<>(flows.values()), expressions.features(), catalogueSize);
  }

  private void sharedStep(String id, StepDocument step, Problems at) {
    if (step == null || step instanceof StepReference) {
      at.add("a shared step needs a type: lists, rules, table or scorecard");
      return;
    }
    if (step.id() != null && !step.id().equals(id)) {
      at.at("id").add("is '" + step.id() + "' but the step is declared as '" + id + "'");
    }
    compileStep(id, step, at);
  }

  /** The ids of a flow's steps in order, compiling inline steps on the way. */
  private List<String> steps(FlowDocument flow, Problems at) {
    List<StepDocument> steps = flow == null || flow.steps() == null ? List.of() : flow.steps();
    if (steps.isEmpty()) {
      at.at("steps").add("a flow needs at least one step");
    }
    if (steps.size() > Flow.MAX_STEPS) {
      at.at("steps").add("a flow has at most " + Flow.MAX_STEPS + " steps");
    }
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      StepDocument step = steps.get(i);
      Problems stepAt = at.at("steps").at(i);
      if (step == null) {
        stepAt.add("is empty");
        continue;
      }
      String id = step.id();
      if (step instanceof StepReference) {
        if (!(doc.steps() != null && doc.steps().containsKey(id))) {
          stepAt.add("no step '" + id + "' is declared under steps");
          continue;
        }
      } else if (!stepAt.require("id", id)) {
        continue;
      } else if (compiled.containsKey(id) || definedAt.containsKey(id)) {
        stepAt.at("id").add("step id '" + id + "' is already used; step ids are unique");
        continue;
      } else {
        compileStep(id, step, stepAt);
      }
      if (!seen.add(id)) {
        stepAt.add("step '" + id + "' appears twice in this flow");
        continue;
      }
      ids.add(id);
    }
    return ids;
  }

  private void compileStep(String id, StepDocument step, Problems at) {
    Object c;
    if (step instanceof RuleSetStep r) {
      c = CompiledRuleSet.compile(r.definition(id), expressions, at);
    } else if (step instanceof DecisionTableStep t) {
      c = CompiledTable.compile(t.definition(id), expressions, at);
    } else if (step instanceof ScorecardStep s) {
      c = CompiledScorecard.compile(s.definition(id), expressions, at);
    } else {
      c = CompiledListScreen.compile(((ListScreenStep) step).definition(id), at);
    }
    compiled.put(id, c);
    definedAt.put(id, at);
  }

  private void checkSkips() {
    for (Map.Entry<String, Object> e : compiled.entrySet()) {
      if (e.getValue() instanceof CompiledListScreen screen) {
        for (int check = 0; check < screen.checks(); check++) {
          List<String> skip = screen.skip(check);
          for (int k = 0; k < skip.size(); k++) {
            if (!compiled.containsKey(skip.get(k))) {
              definedAt
                  .get(e.getKey())
                  .at("checks")
                  .at(check)
                  .at("skip")
                  .at(k)
                  .add("no step '" + skip.get(k) + "' in this strategy");
            }
          }
        }
      }
    }
  }

  private Flow flow(String name, FlowDocument d, List<String> ids, Problems at) {
    StepRun[] runs = new StepRun[ids.size()];
    boolean complete = true;
    for (int i = 0; i < runs.length; i++) {
      Object c = compiled.get(ids.get(i));
      if (c == null) {
        complete = false;
      } else if (c instanceof CompiledRuleSet rules) {
        runs[i] = new RuleSetRun(rules);
      } else if (c instanceof CompiledTable table) {
        runs[i] = new TableRun(table);
      } else if (c instanceof CompiledScorecard card) {
        runs[i] = new ScorecardRun(card, scoreSlot);
      } else {
        CompiledListScreen screen = (CompiledListScreen) c;
        long[] masks = new long[screen.checks()];
        for (int check = 0; check < masks.length; check++) {
          for (String skipped : screen.skip(check)) {
            int position = ids.indexOf(skipped);
            if (position >= 0) {
              masks[check] |= 1L << position;
            }
          }
        }
        runs[i] = new ListScreenRun(screen, lists, masks);
      }
    }
    List<Output> outputs = new ArrayList<>();
    Map<String, OutputDocument> outputDocs = d.outputs() == null ? Map.of() : d.outputs();
    for (Map.Entry<String, OutputDocument> e : outputDocs.entrySet()) {
      Output output = output(e.getKey(), e.getValue(), ids, at.at("outputs").at(e.getKey()));
      if (output != null) {
        outputs.add(output);
      }
    }
    if (!complete) {
      return null;
    }
    boolean stopOnReject = d.stopOnReject() == null || d.stopOnReject();
    return new Flow(name, runs, stopOnReject, outputs.toArray(Output[]::new));
  }

  private Output output(String name, OutputDocument d, List<String> ids, Problems at) {
    if (d == null || (d.expr() == null) == (d.table() == null)) {
      at.add("an output is either expr or table + column");
      return null;
    }
    if (d.expr() != null) {
      NumExpression expr = at.at("expr").number(expressions, d.expr());
      return expr == null ? null : Output.ofExpression(name, expr);
    }
    int position = ids.indexOf(d.table());
    if (position < 0) {
      at.at("table").add("no step '" + d.table() + "' in this flow");
      return null;
    }
    if (compiled.get(d.table()) == null) {
      // The table itself did not compile; that problem is already recorded.
      return null;
    }
    if (!(compiled.get(d.table()) instanceof CompiledTable table)) {
      at.at("table").add("step '" + d.table() + "' is not a table");
      return null;
    }
    if (!at.require("column", d.column())) {
      return null;
    }
    int column = table.output(d.column());
    if (column < 0) {
      at.at("column")
          .add(
              "table '"
                  + d.table()
                  + "' has no output '"
                  + d.column()
                  + "'; it has "
                  + table.outputs());
      return null;
    }
    return Output.ofTable(name, position, table, column);
  }

  private Segment[] segments(Map<String, Flow> flows, Set<String> declaredFlows) {
    List<SegmentDocument> docs = doc.segments() == null ? List.of() : doc.segments();
    if (docs.isEmpty()) {
      problems.at("segments").add("a strategy needs at least one segment");
    }
    List<Segment> segments = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      SegmentDocument s = docs.get(i);
      Problems at = problems.at("segments").at(i);
      if (s == null) {
        at.add("is empty");
        continue;
      }
      if (at.require("name", s.name()) && !names.add(s.name())) {
        at.at("name").add("duplicate segment '" + s.name() + "'");
      }
      BoolExpression when =
          at.require("when", s.when()) ? at.at("when").condition(expressions, s.when()) : null;
      if (at.require("flow", s.flow()) && !declaredFlows.contains(s.flow())) {
        at.at("flow").add("no flow '" + s.flow() + "'; flows are " + declaredFlows);
      }
      Flow flow = s.flow() == null ? null : flows.get(s.flow());
      if (when != null && flow != null) {
        segments.add(new Segment(s.name(), when, flow));
      }
    }
    return segments.toArray(Segment[]::new);
  }
}
