package dev.creditloop.decisioning.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import dev.creditloop.decisioning.expr.ExpressionCompiler;
import dev.creditloop.decisioning.expr.Problems;
import dev.creditloop.decisioning.expr.TestCatalogue;
import dev.creditloop.decisioning.rule.Action;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompiledTableTest {

  static final TestCatalogue CATALOGUE = TestCatalogue.drawdown();
  static final ExpressionCompiler EXPRESSIONS = new ExpressionCompiler(CATALOGUE);

  static TableRowDefinition row(List<String> when, double multiplier) {
    return new TableRowDefinition(when, null, null, null, Map.of("multiplier", multiplier));
  }

  static DecisionTableDefinition table(HitPolicy policy, List<TableRowDefinition> rows) {
    return new DecisionTableDefinition(
        "t", policy, List.of("utilisation", "max_dpd_12m", "is_first_drawdown"), null, rows);
  }

  static final List<TableRowDefinition> BANDS =
      List.of(
          row(List.of("[0, 0.5)", "0", "any"), 1.5),
          row(List.of("[0.5, 0.9)", "{0, 1, 2}", "false"), 1.2),
          row(List.of("[0.9, +inf)", "any", "any"), 0.8),
          row(List.of("(-inf, 0.9)", "missing", "true"), 1.0));

  CompiledTable compile(HitPolicy policy, List<TableRowDefinition> rows) {
    Problems problems = new Problems();
    CompiledTable t = CompiledTable.compile(table(policy, rows), EXPRESSIONS, problems);
    assertThat(problems.list()).isEmpty();
    return t;
  }

  @Test
  void matchesIntervalsSetsAnyAndMissing() {
    CompiledTable t = compile(HitPolicy.UNIQUE, BANDS);
    int multiplier = t.output("multiplier");
    assertThat(t.match(CATALOGUE.values("utilisation", 0.2, "max_dpd_12m", 0))).isEqualTo(0);
    assertThat(t.match(CATALOGUE.values("utilisation", 0.5, "max_dpd_12m", 2))).isEqualTo(1);
    assertThat(t.match(CATALOGUE.values("utilisation", 0.5, "max_dpd_12m", 3))).isEqualTo(-1);
    assertThat(t.match(CATALOGUE.values("utilisation", 0.95))).isEqualTo(2);
    assertThat(t.match(CATALOGUE.values("utilisation", 0.3, "is_first_drawdown", true)))
        .isEqualTo(3);
    assertThat(t.value(1, multiplier)).isEqualTo(1.2);
  }

  @Test
  void missingNeverFallsIntoAnInterval() {
    CompiledTable t = compile(HitPolicy.FIRST, BANDS);
    assertThat(t.match(CATALOGUE.values("max_dpd_12m", 0))).isEqualTo(-1);
  }

  @Test
  void firstTakesTheEarliestOfOverlappingRows() {
    List<TableRowDefinition> rows =
        List.of(
            row(List.of("[0, 1)", "any", "any"), 1.0),
            row(List.of("[0.5, 1)", "any", "any"), 2.0),
            row(List.of("any", "any", "any"), 3.0));
    CompiledTable t = compile(HitPolicy.FIRST, rows);
    assertThat(t.match(CATALOGUE.values("utilisation", 0.7))).isEqualTo(0);
    assertThat(t.match(CATALOGUE.values("utilisation", 1.0))).isEqualTo(2);
  }

  @Test
  void uniqueRefusesOverlappingRowsWhenSaved() {
    List<TableRowDefinition> rows =
        List.of(
            row(List.of("[0, 0.5]", "any", "any"), 1.0),
            row(List.of("[0.5, 1)", "{1, 2}", "false"), 2.0),
            row(List.of("(0.5, 1)", "[3, 5]", "any"), 3.0),
            row(List.of("any", "missing", "true"), 4.0));
    Problems problems = new Problems();
    assertThat(CompiledTable.compile(table(HitPolicy.UNIQUE, rows), EXPRESSIONS, problems))
        .isNull();
    // rows 0 and 1 share utilisation 0.5, dpd 1, not first; rows 0 and 3 share missing dpd.
    assertThat(problems.list())
        .containsExactly(
            new DefinitionProblem(
                "rows[1]", 0, 0, "overlaps rows[0]: hit policy UNIQUE allows one matching row"),
            new DefinitionProblem(
                "rows[3]", 0, 0, "overlaps rows[0]: hit policy UNIQUE allows one matching row"));
  }

  @Test
  void touchingIntervalsDoNotOverlap() {
    List<TableRowDefinition> rows =
        List.of(
            row(List.of("[0, 0.5)", "any", "any"), 1.0),
            row(List.of("[0.5, 1)", "any", "any"), 2.0));
    compile(HitPolicy.UNIQUE, rows);
  }

  @Test
  void rowActionsAndReasons() {
    List<TableRowDefinition> rows =
        List.of(
            new TableRowDefinition(
                List.of("[0.95, +inf)", "any", "any"),
                Action.REVIEW,
                "FULL",
                "near full",
                Map.of()),
            new TableRowDefinition(List.of("any", "any", "any"), null, null, null, Map.of()));
    CompiledTable t = compile(HitPolicy.FIRST, rows);
    int hit = t.match(CATALOGUE.values("utilisation", 0.99));
    assertThat(t.action(hit)).isEqualTo(Action.REVIEW);
    assertThat(t.reason(hit)).isEqualTo("FULL");
    assertThat(t.action(1)).isEqualTo(Action.PASS);
  }

  @Test
  void badCellsAndColumnsAreReportedWithPaths() {
    DecisionTableDefinition d =
        new DecisionTableDefinition(
            "t",
            HitPolicy.FIRST,
            List.of("utilisation", "no_such_feature", "is_first_drawdown"),
            List.of("multiplier"),
            List.of(
                new TableRowDefinition(
                    List.of("[1, 0)", "any", "maybe"),
                    Action.REJECT,
                    null,
                    null,
                    Map.of("multiplier", 1.0, "price", 2.0)),
                new TableRowDefinition(List.of("any"), null, null, null, null)));
    Problems problems = new Problems();
    assertThat(CompiledTable.compile(d, EXPRESSIONS, problems)).isNull();
    assertThat(problems.list())
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "inputs[1]: unknown feature 'no_such_feature'",
            "rows[0].when[0]: interval '[1, 0)' is empty",
            "rows[0].when[2]: a BOOL column takes true, false, missing or any, not 'maybe'",
            "rows[0].reason: a REJECT row needs a reason code",
            "rows[0].values.price: is not a declared output [multiplier]",
            "rows[1].when: has 1 cells for 3 input columns");
  }
}
