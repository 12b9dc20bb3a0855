package dev.creditloop.decisioning.feature;

import java.util.Set;

/**
 * A feature computed from one or two features declared before it, by a named operator: a ratio that
 * is missing where the divisor is 0, a difference, a change, a flag. Operators propagate missing
 * values (NaN), except flags, which are false when their input is missing, so a BOOL slot always
 * holds 1.0 or 0.0.
 *
 * @param second the second input, or null for one-input operators
 */
record Derived(FeatureSpec spec, String first, String second, Operator operator)
    implements FeatureDefinition {

  @FunctionalInterface
  interface Operator {
    double apply(double a, double b);
  }

  /** a / b; NaN when b is 0 or missing. */
  static final Operator RATIO = (a, b) -> b == 0 || Double.isNaN(b) ? Double.NaN : a / b;

  static final Operator DIFFERENCE = (a, b) -> a - b;

  /** (a - b) / b, the relative change from b to a. */
  static final Operator CHANGE = (a, b) -> RATIO.apply(a - b, b);

  /** a / (a + b), e.g. rejected among decided. */
  static final Operator SHARE = (a, b) -> RATIO.apply(a, a + b);

  /** 1 when a is 0. */
  static final Operator IS_ZERO = (a, b) -> a == 0 ? 1 : 0;

  /** a / (b / parts): a short window against the average of a longer one cut into parts. */
  static Operator perPart(double parts) {
    return (a, b) -> RATIO.apply(a, b / parts);
  }

  /** 1 when a <= limit. */
  static Operator atMost(double limit) {
    return (a, b) -> a <= limit ? 1 : 0;
  }

  /** 1 when from <= a < to. */
  static Operator within(double from, double to) {
    return (a, b) -> a >= from && a < to ? 1 : 0;
  }

  /** 1 when a is one of the values. */
  static Operator oneOf(Set<Double> values) {
    Set<Double> copy = Set.copyOf(values);
    return (a, b) -> copy.contains(a) ? 1 : 0;
  }

  @Override
  public Evaluator compile(Layout layout) {
    int a = layout.slot(first);
    if (second == null) {
      return (frame, slots) -> operator.apply(slots[a], Double.NaN);
    }
    int b = layout.slot(second);
    return (frame, slots) -> operator.apply(slots[a], slots[b]);
  }
}
