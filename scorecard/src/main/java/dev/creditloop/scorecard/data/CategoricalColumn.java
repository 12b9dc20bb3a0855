package dev.creditloop.scorecard.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A column of labels where null marks a missing value. */
public final class CategoricalColumn implements Column {

  private final String name;
  private final String[] values;
  private final List<String> levels;

  /** Levels are the distinct values in order of first appearance. */
  public CategoricalColumn(String name, String[] values) {
    this(name, values, List.of());
  }

  /**
   * Declared levels (an ARFF nominal list) come first, in their order, even when no row holds them;
   * values outside them follow in order of first appearance.
   */
  public CategoricalColumn(String name, String[] values, List<String> declaredLevels) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("column name is required");
    }
    this.name = name;
    this.values = values.clone();
    Set<String> all = new LinkedHashSet<>(declaredLevels);
    for (String v : values) {
      if (v != null) {
        all.add(v);
      }
    }
    this.levels = List.copyOf(all);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnType type() {
    return ColumnType.CATEGORICAL;
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public boolean isMissing(int row) {
    return values[row] == null;
  }

  /** The label at {@code row}; null when missing. */
  public String get(int row) {
    return values[row];
  }

  @Override
  public Value value(int row) {
    return Value.of(values[row]);
  }

  /** Declared and observed levels; see the constructor for the order. */
  public List<String> levels() {
    return levels;
  }

  @Override
  public CategoricalColumn select(int[] rows) {
    String[] picked = new String[rows.length];
    for (int i = 0; i < rows.length; i++) {
      picked[i] = values[rows[i]];
    }
    return new CategoricalColumn(name, picked, levels);
  }

  @Override
  public String toString() {
    List<String> head = new ArrayList<>();
    for (int i = 0; i < Math.min(5, values.length); i++) {
      head.add(values[i]);
    }
    return name + " categorical " + head;
  }
}
