package dev.creditloop.decisioning.expr;

/** A compiled numeric expression over a feature array; NaN stands for missing. */
@FunctionalInterface
public interface NumNode {
  double eval(double[] f);
}
