package dev.creditloop.scorecard.data;

/** How a column's values are read and binned. */
public enum ColumnType {
  /** Real numbers, binned by ranges. */
  NUMERIC,
  /** Labels, binned by grouping. */
  CATEGORICAL
}
