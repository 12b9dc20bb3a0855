package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.expr.EvaluationFailed;
import dev.creditloop.decisioning.expr.NumExpression;
import dev.creditloop.decisioning.table.CompiledTable;

/** A compiled flow output: an expression, or a column of the row a table step hit. */
final class Output {

  private static final int[] NO_READS = new int[0];

  final String name;
  private final NumExpression expression;
  private final int tableStep;
  private final CompiledTable table;
  private final int column;

  private Output(
      String name, NumExpression expression, int tableStep, CompiledTable table, int column) {
    this.name = name;
    this.expression = expression;
    this.tableStep = tableStep;
    this.table = table;
    this.column = column;
  }

  static Output ofExpression(String name, NumExpression expression) {
    return new Output(name, expression, -1, null, -1);
  }

  static Output ofTable(String name, int tableStep, CompiledTable table, int column) {
    return new Output(name, null, tableStep, table, column);
  }

  double value(Evaluation ev) {
    if (expression != null) {
      try {
        return expression.eval(ev.w);
      } catch (EvaluationFailed e) {
        ev.failed("outputs", name, e);
        return Double.NaN;
      }
    }
    Object row = ev.results[tableStep];
    return row == null || (Integer) row < 0 ? Double.NaN : table.value((Integer) row, column);
  }

  int[] reads() {
    return expression == null ? NO_READS : expression.reads();
  }
}
