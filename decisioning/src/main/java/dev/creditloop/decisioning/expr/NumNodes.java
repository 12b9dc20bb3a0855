package dev.creditloop.decisioning.expr;

/**
 * Numeric nodes: IEEE double arithmetic, except that a division or modulo by zero and an overflow
 * out of finite operands raise {@link EvaluationFailed} (see {@link Arithmetic}) instead of giving
 * an infinity or a NaN that would read as "missing" and silently turn the rule off.
 */
final class NumNodes {

  private NumNodes() {}

  record Const(double value) implements NumNode {
    @Override
    public double eval(double[] f) {
      return value;
    }
  }

  record Slot(int slot) implements NumNode {
    @Override
    public double eval(double[] f) {
      return f[slot];
    }
  }

  record Add(NumNode a, NumNode b) implements NumNode {
    @Override
    public double eval(double[] f) {
      return Arithmetic.add(a.eval(f), b.eval(f));
    }
  }

  record Sub(NumNode a, NumNode b) implements NumNode {
    @Override
    public double eval(double[] f) {
      return Arithmetic.subtract(a.eval(f), b.eval(f));
    }
  }

  record Mul(NumNode a, NumNode b) implements NumNode {
    @Override
    public double eval(double[] f) {
      return Arithmetic.multiply(a.eval(f), b.eval(f));
    }
  }

  record Div(NumNode a, NumNode b) implements NumNode {
    @Override
    public double eval(double[] f) {
      return Arithmetic.divide(a.eval(f), b.eval(f));
    }
  }

  record Mod(NumNode a, NumNode b) implements NumNode {
    @Override
    public double eval(double[] f) {
      return Arithmetic.modulo(a.eval(f), b.eval(f));
    }
  }

  record Neg(NumNode a) implements NumNode {
    @Override
    public double eval(double[] f) {
      return -a.eval(f);
    }
  }

  record Min(NumNode a, NumNode b) implements NumNode {
    @Override
    public double eval(double[] f) {
      return Math.min(a.eval(f), b.eval(f));
    }
  }

  record Max(NumNode a, NumNode b) implements NumNode {
    @Override
    public double eval(double[] f) {
      return Math.max(a.eval(f), b.eval(f));
    }
  }

  record Abs(NumNode a) implements NumNode {
    @Override
    public double eval(double[] f) {
      return Math.abs(a.eval(f));
    }
  }

  record Choose(BoolNode test, NumNode then, NumNode otherwise) implements NumNode {
    @Override
    public double eval(double[] f) {
      return test.eval(f) ? then.eval(f) : otherwise.eval(f);
    }
  }
}
