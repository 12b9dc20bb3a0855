package dev.creditloop.decisioning.table;

import dev.creditloop.decisioning.expr.ExpressionCompiler;
import dev.creditloop.decisioning.expr.Problems;
import dev.creditloop.decisioning.feature.FeatureSpec;
import dev.creditloop.decisioning.feature.FeatureType;
import dev.creditloop.decisioning.rule.Action;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A decision table ready to run. Cells live row-major in flat arrays (a kind code and two bounds
 * per cell), so matching a row is a loop over primitives. Immutable.
 */
public final class CompiledTable {

  private static final byte ANY = 0;
  private static final byte MISSING = 1;
  private static final byte INTERVAL = 2;
  private static final byte SET = 3;
  private static final byte TRUE = 4;
  private static final byte FALSE = 5;

  private final String id;
  private final int[] slots;
  private final int columns;
  private final byte[] kinds;
  private final double[] lows;
  private final double[] highs;
  private final boolean[] lowClosed;
  private final boolean[] highClosed;
  private final double[][] sets;
  private final Action[] actions;
  private final String[] reasons;
  private final String[] messages;
  private final List<String> outputs;
  private final double[][] values;
  private final List<String> cellText;
  private final int[] reads;

  private CompiledTable(
      DecisionTableDefinition d, int[] slots, Cell[][] cells, List<String> outputs) {
    int rows = cells.length;
    this.id = d.id();
    this.slots = slots;
    this.columns = slots.length;
    this.kinds = new byte[rows * columns];
    this.lows = new double[rows * columns];
    this.highs = new double[rows * columns];
    this.lowClosed = new boolean[rows * columns];
    this.highClosed = new boolean[rows * columns];
    this.sets = new double[rows * columns][];
    this.actions = new Action[rows];
    this.reasons = new String[rows];
    this.messages = new String[rows];
    this.outputs = List.copyOf(outputs);
    this.values = new double[rows][outputs.size()];
    List<String> text = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      TableRowDefinition row = d.rows().get(r);
      text.add(String.join(" | ", row.when()));
      for (int c = 0; c < columns; c++) {
        Cell cell = cells[r][c];
        int at = r * columns + c;
        switch (cell.kind()) {
          case ANY:
            kinds[at] = ANY;
            break;
          case MISSING:
            kinds[at] = MISSING;
            break;
          case TRUE:
            kinds[at] = TRUE;
            break;
          case FALSE:
            kinds[at] = FALSE;
            break;
          case SET:
            kinds[at] = SET;
            sets[at] = cell.set();
            break;
          default:
            kinds[at] = INTERVAL;
            lows[at] = cell.interval().low();
            highs[at] = cell.interval().high();
            lowClosed[at] = cell.interval().lowClosed();
            highClosed[at] = cell.interval().highClosed();
        }
      }
      actions[r] = row.action() == null ? Action.PASS : row.action();
      reasons[r] = row.reason();
      messages[r] = row.message() == null ? row.reason() : row.message();
      for (int o = 0; o < outputs.size(); o++) {
        Double v = row.values() == null ? null : row.values().get(outputs.get(o));
        values[r][o] = v == null ? Double.NaN : v;
      }
    }
    this.cellText = List.copyOf(text);
    this.reads = Arrays.stream(slots).distinct().sorted().toArray();
  }

  /** Validates and compiles; problems are recorded relative to the table and null returned. */
  public static CompiledTable compile(
      DecisionTableDefinition d, ExpressionCompiler expressions, Problems problems) {
    int before = problems.count();
    problems.require("hitPolicy", d.hitPolicy());
    List<String> inputs = d.inputs() == null ? List.of() : d.inputs();
    if (inputs.isEmpty()) {
      problems.at("inputs").add("a table needs at least one input column");
    }
    int[] slots = new int[inputs.size()];
    boolean[] flags = new boolean[inputs.size()];
    List<FeatureSpec> features = expressions.features();
    for (int c = 0; c < inputs.size(); c++) {
      OptionalInt slot = expressions.slotOf(inputs.get(c));
      if (slot.isEmpty()) {
        problems.at("inputs").at(c).add("unknown feature '" + inputs.get(c) + "'");
      } else {
        slots[c] = slot.getAsInt();
        flags[c] = features.get(slots[c]).type() == FeatureType.BOOL;
      }
    }
    List<TableRowDefinition> rows = d.rows() == null ? List.of() : d.rows();
    if (rows.isEmpty()) {
      problems.at("rows").add("a table needs at least one row");
    }
    List<String> outputs = outputs(d, rows, problems);
    Cell[][] cells = new Cell[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      cells[r] = row(rows.get(r), inputs.size(), flags, outputs, problems.at("rows").at(r));
    }
    if (problems.count() > before) {
      return null;
    }
    if (d.hitPolicy() == HitPolicy.UNIQUE) {
      refuseOverlaps(cells, problems);
      if (problems.count() > before) {
        return null;
      }
    }
    return new CompiledTable(d, slots, cells, outputs);
  }

  private static List<String> outputs(
      DecisionTableDefinition d, List<TableRowDefinition> rows, Problems problems) {
    if (d.outputs() != null) {
      Set<String> declared = new LinkedHashSet<>(d.outputs());
      if (declared.size() != d.outputs().size()) {
        problems.at("outputs").add("output names must be unique");
      }
      return new ArrayList<>(declared);
    }
    Set<String> derived = new LinkedHashSet<>();
    for (TableRowDefinition row : rows) {
      if (row != null && row.values() != null) {
        derived.addAll(row.values().keySet());
      }
    }
    return new ArrayList<>(derived);
  }

  private static Cell[] row(
      TableRowDefinition row, int columns, boolean[] flags, List<String> outputs, Problems at) {
    if (row == null) {
      at.add("is empty");
      return new Cell[0];
    }
    List<String> when = row.when() == null ? List.of() : row.when();
    if (when.size() != columns) {
      at.at("when").add("has " + when.size() + " cells for " + columns + " input columns");
      return new Cell[0];
    }
    Cell[] cells = new Cell[columns];
    for (int c = 0; c < columns; c++) {
      try {
        cells[c] = Cell.parse(when.get(c), flags[c]);
      } catch (IllegalArgumentException e) {
        at.at("when").at(c).add(e.getMessage());
      }
    }
    if (row.action() != null
        && row.action() != Action.PASS
        && (row.reason() == null || row.reason().isBlank())) {
      at.at("reason").add("a " + row.action() + " row needs a reason code");
    }
    if (row.values() != null) {
      for (Map.Entry<String, Double> e : row.values().entrySet()) {
        if (!outputs.contains(e.getKey())) {
          at.at("values").at(e.getKey()).add("is not a declared output " + outputs);
        } else if (e.getValue() == null || !Double.isFinite(e.getValue())) {
          at.at("values").at(e.getKey()).add("must be a finite number");
        }
      }
    }
    return cells;
  }

  /** Two rows overlap when every column's cells share a value; UNIQUE forbids that. */
  private static void refuseOverlaps(Cell[][] cells, Problems problems) {
    for (int a = 0; a < cells.length; a++) {
      for (int b = a + 1; b < cells.length; b++) {
        boolean overlap = true;
        for (int c = 0; c < cells[a].length && overlap; c++) {
          overlap = cells[a][c].intersects(cells[b][c]);
        }
        if (overlap) {
          problems
              .at("rows")
              .at(b)
              .add("overlaps rows[" + a + "]: hit policy UNIQUE allows one matching row");
        }
      }
    }
  }

  /** The index of the row that applies, or -1 when none does. */
  public int match(double[] f) {
    int rows = actions.length;
    for (int r = 0; r < rows; r++) {
      int base = r * columns;
      int c = 0;
      while (c < columns && cell(base + c, f[slots[c]])) {
        c++;
      }
      if (c == columns) {
        return r;
      }
    }
    return -1;
  }

  private boolean cell(int at, double v) {
    switch (kinds[at]) {
      case ANY:
        return true;
      case MISSING:
        return v != v;
      case INTERVAL:
        return (v > lows[at] || (lowClosed[at] && v == lows[at]))
            && (v < highs[at] || (highClosed[at] && v == highs[at]));
      case SET:
        for (double candidate : sets[at]) {
          if (candidate == v) {
            return true;
          }
        }
        return false;
      case TRUE:
        return v > 0.5;
      default:
        return !(v > 0.5);
    }
  }

  public String id() {
    return id;
  }

  public int rows() {
    return actions.length;
  }

  public Action action(int row) {
    return actions[row];
  }

  public String reason(int row) {
    return reasons[row];
  }

  public String message(int row) {
    return messages[row];
  }

  /** The row's cells as written, joined with {@code |}, for traces. */
  public String describe(int row) {
    return cellText.get(row);
  }

  public List<String> outputs() {
    return outputs;
  }

  /** Index of an output column, or -1. */
  public int output(String name) {
    return outputs.indexOf(name);
  }

  /** The row's value for an output column; NaN when the row leaves it empty. */
  public double value(int row, int output) {
    return values[row][output];
  }

  /** Slots of the input columns, ascending and distinct; the caller must not modify it. */
  public int[] reads() {
    return reads;
  }
}
