package dev.creditloop.decisioning.expr;

/** A compiled condition with the text it came from and the feature slots it reads. */
public final class BoolExpression implements BoolNode {

  private final String source;
  private final BoolNode root;
  private final int[] reads;

  BoolExpression(String source, BoolNode root, int[] reads) {
    this.source = source;
    this.root = root;
    this.reads = reads;
  }

  @Override
  public boolean eval(double[] f) {
    return root.eval(f);
  }

  /** The bare closure, for loops that hold many of them and want one call less. */
  public BoolNode node() {
    return root;
  }

  public String source() {
    return source;
  }

  /** Slots read, ascending; the caller must not modify the array. */
  public int[] reads() {
    return reads;
  }

  @Override
  public String toString() {
    return source;
  }
}
