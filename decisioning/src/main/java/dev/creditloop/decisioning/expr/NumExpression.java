package dev.creditloop.decisioning.expr;

/** A compiled numeric expression with the text it came from and the feature slots it reads. */
public final class NumExpression implements NumNode {

  private final String source;
  private final NumNode root;
  private final int[] reads;

  NumExpression(String source, NumNode root, int[] reads) {
    this.source = source;
    this.root = root;
    this.reads = reads;
  }

  @Override
  public double eval(double[] f) {
    return root.eval(f);
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
