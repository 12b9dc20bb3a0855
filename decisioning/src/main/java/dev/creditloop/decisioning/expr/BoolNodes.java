package dev.creditloop.decisioning.expr;

/**
 * Boolean nodes. Comparisons are IEEE: anything compared with NaN (a missing feature) is false,
 * except {@code !=}, which is true. A slot compared with a constant, the shape of nearly every
 * rule, gets its own node so the hot loop makes one virtual call instead of three.
 */
final class BoolNodes {

  private BoolNodes() {}

  record Const(boolean value) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return value;
    }
  }

  /** A BOOL feature: 1.0 is true; 0.0 and NaN (missing) read as false. */
  record Flag(int slot) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return f[slot] > 0.5;
    }
  }

  record And(BoolNode[] terms) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      for (BoolNode term : terms) {
        if (!term.eval(f)) {
          return false;
        }
      }
      return true;
    }
  }

  record Or(BoolNode[] terms) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      for (BoolNode term : terms) {
        if (term.eval(f)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * && over terms of which some can fail, with CEL's commutative semantics: a false term decides
   * even when another failed; a failure counts only when no term is false. Used only where a term
   * does arithmetic, so the common rule keeps the plain loop above.
   */
  record AndOfFallible(BoolNode[] terms) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      EvaluationFailed failed = null;
      for (BoolNode term : terms) {
        try {
          if (!term.eval(f)) {
            return false;
          }
        } catch (EvaluationFailed e) {
          failed = e;
        }
      }
      if (failed != null) {
        throw failed;
      }
      return true;
    }
  }

  /** || over terms of which some can fail: a true term decides even when another failed. */
  record OrOfFallible(BoolNode[] terms) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      EvaluationFailed failed = null;
      for (BoolNode term : terms) {
        try {
          if (term.eval(f)) {
            return true;
          }
        } catch (EvaluationFailed e) {
          failed = e;
        }
      }
      if (failed != null) {
        throw failed;
      }
      return false;
    }
  }

  record Not(BoolNode a) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return !a.eval(f);
    }
  }

  record Choose(BoolNode test, BoolNode then, BoolNode otherwise) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return test.eval(f) ? then.eval(f) : otherwise.eval(f);
    }
  }

  record Same(BoolNode a, BoolNode b) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return a.eval(f) == b.eval(f);
    }
  }

  record Differ(BoolNode a, BoolNode b) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return a.eval(f) != b.eval(f);
    }
  }

  record Missing(NumNode a) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return Double.isNaN(a.eval(f));
    }
  }

  /** {@code x in [..]} over number literals; a linear scan beats hashing for a handful. */
  record In(NumNode a, double[] values) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      double v = a.eval(f);
      for (double candidate : values) {
        if (v == candidate) {
          return true;
        }
      }
      return false;
    }
  }

  record Lt(NumNode a, NumNode b) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return a.eval(f) < b.eval(f);
    }
  }

  record Le(NumNode a, NumNode b) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return a.eval(f) <= b.eval(f);
    }
  }

  record Gt(NumNode a, NumNode b) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return a.eval(f) > b.eval(f);
    }
  }

  record Ge(NumNode a, NumNode b) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return a.eval(f) >= b.eval(f);
    }
  }

  record Eq(NumNode a, NumNode b) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return a.eval(f) == b.eval(f);
    }
  }

  record Ne(NumNode a, NumNode b) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return a.eval(f) != b.eval(f);
    }
  }

  record SlotLt(int slot, double c) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return f[slot] < c;
    }
  }

  record SlotLe(int slot, double c) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return f[slot] <= c;
    }
  }

  record SlotGt(int slot, double c) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return f[slot] > c;
    }
  }

  record SlotGe(int slot, double c) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return f[slot] >= c;
    }
  }

  record SlotEq(int slot, double c) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return f[slot] == c;
    }
  }

  record SlotNe(int slot, double c) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      return f[slot] != c;
    }
  }

  static final byte LT = 0;
  static final byte LE = 1;
  static final byte GT = 2;
  static final byte GE = 3;
  static final byte EQ = 4;
  static final byte NE = 5;

  /**
   * Several slot-vs-constant comparisons joined by one operator ({@code all}: &&, else ||), held in
   * arrays: the commonest rule shape evaluates in one loop without a virtual call per term.
   */
  record SlotTests(boolean all, int[] slots, byte[] ops, double[] values) implements BoolNode {
    @Override
    public boolean eval(double[] f) {
      for (int i = 0; i < slots.length; i++) {
        double v = f[slots[i]];
        double c = values[i];
        boolean holds;
        switch (ops[i]) {
          case LT:
            holds = v < c;
            break;
          case LE:
            holds = v <= c;
            break;
          case GT:
            holds = v > c;
            break;
          case GE:
            holds = v >= c;
            break;
          case EQ:
            holds = v == c;
            break;
          default:
            holds = v != c;
        }
        if (holds != all) {
          return holds;
        }
      }
      return all;
    }
  }
}
