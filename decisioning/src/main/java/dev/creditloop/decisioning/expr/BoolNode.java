package dev.creditloop.decisioning.expr;

/** A compiled condition over a feature array. */
@FunctionalInterface
public interface BoolNode {
  boolean eval(double[] f);
}
