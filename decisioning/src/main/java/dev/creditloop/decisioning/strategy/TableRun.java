package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.rule.Action;
import dev.creditloop.decisioning.table.CompiledTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class TableRun extends StepRun {

  final CompiledTable table;

  TableRun(CompiledTable table) {
    super(table.id());
    this.table = table;
  }

  @Override
  Object run(Evaluation ev) {
    int row = table.match(ev.w);
    if (row >= 0 && table.action(row) != Action.PASS) {
      ev.reason(table.reason(row), table.message(row), id);
      ev.act(table.action(row));
    }
    return row;
  }

  @Override
  int[] reads() {
    return table.reads();
  }

  @Override
  void tableHits(Object result, List<DecisionTrace.TableHit> into) {
    int row = (Integer) result;
    if (row < 0) {
      into.add(new DecisionTrace.TableHit(id, -1, "(no row)", Action.PASS, Map.of()));
      return;
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (int o = 0; o < table.outputs().size(); o++) {
      values.put(table.outputs().get(o), table.value(row, o));
    }
    into.add(new DecisionTrace.TableHit(id, row, table.describe(row), table.action(row), values));
  }
}
