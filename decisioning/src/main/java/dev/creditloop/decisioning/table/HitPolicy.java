package dev.creditloop.decisioning.table;

/** Which row of a decision table applies. */
public enum HitPolicy {
  /** The first matching row, in the order written. */
  FIRST,
  /** At most one row can match any input; overlapping rows are refused when saved. */
  UNIQUE
}
