package dev.creditloop.scorecard.data;

import java.util.Arrays;

/** A column of doubles where NaN marks a missing value. */
public final class NumericColumn implements Column {

  private final String name;
  private final double[] values;

  public NumericColumn(String name, double[] values) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("column name is required");
    }
    for (double v : values) {
      if (Double.isInfinite(v)) {
        throw new IllegalArgumentException("column " + name + " holds an infinite value");
      }
    }
    this.name = name;
    this.values = values.clone();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnType type() {
    return ColumnType.NUMERIC;
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public boolean isMissing(int row) {
    return Double.isNaN(values[row]);
  }

  /** The value at {@code row}; NaN when missing. */
  public double get(int row) {
    return values[row];
  }

  @Override
  public Value value(int row) {
    return Value.of(values[row]);
  }

  @Override
  public NumericColumn select(int[] rows) {
    double[] picked = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      picked[i] = values[rows[i]];
    }
    return new NumericColumn(name, picked);
  }

  @Override
  public String toString() {
    return name + " numeric " + Arrays.toString(Arrays.copyOf(values, Math.min(5, values.length)));
  }
}
