package dev.creditloop.decisioning.feature;

/** One compiled feature: its value as of the frame's instant. */
@FunctionalInterface
interface Evaluator {

  /**
   * @param slots the feature array being filled; slots before this feature's are already set, which
   *     is what derived features read
   */
  double evaluate(Frame frame, double[] slots);
}
