package dev.creditloop.decisioning.feature;

/** How a feature's value is read from its slot: every value is held in a {@code double[]}. */
public enum FeatureType {
  /** A number; {@link Double#NaN} means missing (e.g. the mean of an empty window). */
  NUMBER,
  /** A flag held as 1.0 (true) or 0.0 (false). */
  BOOL
}
