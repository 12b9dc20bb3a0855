package dev.creditloop.decisioning.expr;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Walks a checked CEL AST and builds closures. The checker has already proved the types; this class
 * only decides whether each node is inside the subset we compile, and refuses the rest with the
 * node's position, so whatever passes here is exactly what runs.
 */
final class NodeCompiler {

  private final CelAbstractSyntaxTree ast;
  private final CelSandbox sandbox;
  private final BitSet reads = new BitSet();

  NodeCompiler(CelAbstractSyntaxTree ast, CelSandbox sandbox) {
    this.ast = ast;
    this.sandbox = sandbox;
  }

  int[] reads() {
    return reads.stream().toArray();
  }

  BoolNode bool(CelExpr e) throws ExpressionRejected {
    switch (e.getKind()) {
      case CONSTANT:
        if (e.constant().getKind() == CelConstant.Kind.BOOLEAN_VALUE) {
          return new BoolNodes.Const(e.constant().booleanValue());
        }
        throw refuse(e, "a " + kindName(e.constant().getKind()) + " literal is not a condition");
      case IDENT:
        requireType(e, CelKind.BOOL);
        return new BoolNodes.Flag(read(e));
      case CALL:
        return boolCall(e);
      default:
        throw refuse(e, unsupportedNode(e));
    }
  }

  NumNode num(CelExpr e) throws ExpressionRejected {
    switch (e.getKind()) {
      case CONSTANT:
        if (e.constant().getKind() == CelConstant.Kind.DOUBLE_VALUE) {
          return new NumNodes.Const(finite(e));
        }
        throw refuse(e, kindName(e.constant().getKind()) + " literals are not supported");
      case IDENT:
        requireType(e, CelKind.DOUBLE);
        return new NumNodes.Slot(read(e));
      case CALL:
        return numCall(e);
      default:
        throw refuse(e, unsupportedNode(e));
    }
  }

  private BoolNode boolCall(CelExpr e) throws ExpressionRejected {
    var call = e.call();
    List<CelExpr> args = call.args();
    if (call.target().isPresent()) {
      throw refuse(e, "method calls are not supported");
    }
    switch (call.function()) {
      case "_&&_":
        return junction(true, flatten(e, "_&&_"));
      case "_||_":
        return junction(false, flatten(e, "_||_"));
      case "!_":
        return new BoolNodes.Not(bool(args.get(0)));
      case "_?_:_":
        return new BoolNodes.Choose(bool(args.get(0)), bool(args.get(1)), bool(args.get(2)));
      case "_==_":
      case "_!=_":
        return equality(e, call.function().equals("_==_"), args.get(0), args.get(1));
      case "_<_":
      case "_<=_":
      case "_>_":
      case "_>=_":
        requireType(args.get(0), CelKind.DOUBLE);
        return compare(call.function(), num(args.get(0)), num(args.get(1)));
      case "@in":
        return in(e, args.get(0), args.get(1));
      case SafeFunctions.IS_MISSING:
        return new BoolNodes.Missing(num(args.get(0)));
      default:
        throw refuse(e, "function '" + call.function() + "' is not supported in a condition");
    }
  }

  /**
   * An operation on constants only is computed here, once: a rule then compares with one constant
   * (the fast slot-vs-constant nodes apply), and a constant part that cannot be computed (1 / 0, an
   * overflow) is refused when the rule is saved instead of failing at every decision.
   */
  private NumNode numCall(CelExpr e) throws ExpressionRejected {
    NumNode node = numOperation(e);
    if (!foldable(node)) {
      return node;
    }
    try {
      return new NumNodes.Const(node.eval(NO_FEATURES));
    } catch (EvaluationFailed failed) {
      throw refuse(e, failed.getMessage() + " in a constant part of the expression");
    }
  }

  private static final double[] NO_FEATURES = new double[0];

  private static boolean foldable(NumNode n) {
    if (n instanceof NumNodes.Add x) {
      return constant(x.a(), x.b());
    } else if (n instanceof NumNodes.Sub x) {
      return constant(x.a(), x.b());
    } else if (n instanceof NumNodes.Mul x) {
      return constant(x.a(), x.b());
    } else if (n instanceof NumNodes.Div x) {
      return constant(x.a(), x.b());
    } else if (n instanceof NumNodes.Mod x) {
      return constant(x.a(), x.b());
    } else if (n instanceof NumNodes.Min x) {
      return constant(x.a(), x.b());
    } else if (n instanceof NumNodes.Max x) {
      return constant(x.a(), x.b());
    } else if (n instanceof NumNodes.Neg x) {
      return constant(x.a(), x.a());
    } else if (n instanceof NumNodes.Abs x) {
      return constant(x.a(), x.a());
    }
    return false;
  }

  private static boolean constant(NumNode a, NumNode b) {
    return a instanceof NumNodes.Const && b instanceof NumNodes.Const;
  }

  /** A division by a literal 0 fails whenever the dividend is present: no rule means that. */
  private NumNode divisor(CelExpr e, NumNode divisor) throws ExpressionRejected {
    if (divisor instanceof NumNodes.Const c && c.value() == 0) {
      throw refuse(e, "division by zero: the divisor is the constant 0");
    }
    return divisor;
  }

  private NumNode numOperation(CelExpr e) throws ExpressionRejected {
    var call = e.call();
    List<CelExpr> args = call.args();
    if (call.target().isPresent()) {
      throw refuse(e, "method calls are not supported");
    }
    requireType(e, CelKind.DOUBLE);
    switch (call.function()) {
      case "_+_":
        return new NumNodes.Add(num(args.get(0)), num(args.get(1)));
      case "_-_":
        return new NumNodes.Sub(num(args.get(0)), num(args.get(1)));
      case "_*_":
        return new NumNodes.Mul(num(args.get(0)), num(args.get(1)));
      case "_/_":
        return new NumNodes.Div(num(args.get(0)), divisor(args.get(1), num(args.get(1))));
      case SafeFunctions.MODULO:
        return new NumNodes.Mod(num(args.get(0)), divisor(args.get(1), num(args.get(1))));
      case "-_":
        return new NumNodes.Neg(num(args.get(0)));
      case "_?_:_":
        return new NumNodes.Choose(bool(args.get(0)), num(args.get(1)), num(args.get(2)));
      case SafeFunctions.MIN:
        return new NumNodes.Min(num(args.get(0)), num(args.get(1)));
      case SafeFunctions.MAX:
        return new NumNodes.Max(num(args.get(0)), num(args.get(1)));
      case SafeFunctions.ABS:
        return new NumNodes.Abs(num(args.get(0)));
      default:
        throw refuse(e, "function '" + call.function() + "' is not supported in a number");
    }
  }

  /**
   * Slot-vs-constant comparisons among the terms go first, together in one {@link
   * BoolNodes.SlotTests}. Moving them is safe: terms have no side effects and cannot fail, so &&
   * and || give the same result in any order; only the work done changes.
   */
  private static BoolNode junction(boolean all, BoolNode[] terms) {
    List<BoolNode> others = new ArrayList<>();
    List<BoolNode> tests = new ArrayList<>();
    for (BoolNode term : terms) {
      if (opOf(term) >= 0) {
        tests.add(term);
      } else if (term instanceof BoolNodes.SlotTests t && t.all() == all) {
        for (int i = 0; i < t.slots().length; i++) {
          tests.add(single(t.slots()[i], t.ops()[i], t.values()[i]));
        }
      } else {
        others.add(term);
      }
    }
    if (tests.size() < 2) {
      return join(all, terms);
    }
    int n = tests.size();
    int[] slots = new int[n];
    byte[] ops = new byte[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      BoolNode t = tests.get(i);
      ops[i] = opOf(t);
      slots[i] = slotOf(t);
      values[i] = valueOf(t);
    }
    BoolNode grouped = new BoolNodes.SlotTests(all, slots, ops, values);
    if (others.isEmpty()) {
      return grouped;
    }
    others.add(0, grouped);
    return join(all, others.toArray(BoolNode[]::new));
  }

  /** The plain loop unless a term can fail; then CEL's rule that false (true) beats an error. */
  private static BoolNode join(boolean all, BoolNode[] terms) {
    boolean fallible = false;
    for (BoolNode term : terms) {
      fallible |= canFail(term);
    }
    if (fallible) {
      return all ? new BoolNodes.AndOfFallible(terms) : new BoolNodes.OrOfFallible(terms);
    }
    return all ? new BoolNodes.And(terms) : new BoolNodes.Or(terms);
  }

  /** Whether evaluating the node may raise {@link EvaluationFailed}: it does arithmetic. */
  static boolean canFail(Object n) {
    if (n instanceof NumNodes.Add
        || n instanceof NumNodes.Sub
        || n instanceof NumNodes.Mul
        || n instanceof NumNodes.Div
        || n instanceof NumNodes.Mod) {
      return true;
    } else if (n instanceof NumNodes.Neg x) {
      return canFail(x.a());
    } else if (n instanceof NumNodes.Abs x) {
      return canFail(x.a());
    } else if (n instanceof NumNodes.Min x) {
      return canFail(x.a()) || canFail(x.b());
    } else if (n instanceof NumNodes.Max x) {
      return canFail(x.a()) || canFail(x.b());
    } else if (n instanceof NumNodes.Choose x) {
      return canFail(x.test()) || canFail(x.then()) || canFail(x.otherwise());
    } else if (n instanceof BoolNodes.And x) {
      return anyCanFail(x.terms());
    } else if (n instanceof BoolNodes.Or x) {
      return anyCanFail(x.terms());
    } else if (n instanceof BoolNodes.AndOfFallible || n instanceof BoolNodes.OrOfFallible) {
      return true;
    } else if (n instanceof BoolNodes.Not x) {
      return canFail(x.a());
    } else if (n instanceof BoolNodes.Choose x) {
      return canFail(x.test()) || canFail(x.then()) || canFail(x.otherwise());
    } else if (n instanceof BoolNodes.Same x) {
      return canFail(x.a()) || canFail(x.b());
    } else if (n instanceof BoolNodes.Differ x) {
      return canFail(x.a()) || canFail(x.b());
    } else if (n instanceof BoolNodes.Missing x) {
      return canFail(x.a());
    } else if (n instanceof BoolNodes.In x) {
      return canFail(x.a());
    } else if (n instanceof BoolNodes.Lt x) {
      return canFail(x.a()) || canFail(x.b());
    } else if (n instanceof BoolNodes.Le x) {
      return canFail(x.a()) || canFail(x.b());
    } else if (n instanceof BoolNodes.Gt x) {
      return canFail(x.a()) || canFail(x.b());
    } else if (n instanceof BoolNodes.Ge x) {
      return canFail(x.a()) || canFail(x.b());
    } else if (n instanceof BoolNodes.Eq x) {
      return canFail(x.a()) || canFail(x.b());
    } else if (n instanceof BoolNodes.Ne x) {
      return canFail(x.a()) || canFail(x.b());
    }
    // constants, slots, flags and slot-vs-constant tests read and compare only
    return false;
  }

  private static boolean anyCanFail(BoolNode[] terms) {
    for (BoolNode term : terms) {
      if (canFail(term)) {
        return true;
      }
    }
    return false;
  }

  private static byte opOf(BoolNode n) {
    if (n instanceof BoolNodes.SlotLt) {
      return BoolNodes.LT;
    } else if (n instanceof BoolNodes.SlotLe) {
      return BoolNodes.LE;
    } else if (n instanceof BoolNodes.SlotGt) {
      return BoolNodes.GT;
    } else if (n instanceof BoolNodes.SlotGe) {
      return BoolNodes.GE;
    } else if (n instanceof BoolNodes.SlotEq) {
      return BoolNodes.EQ;
    } else if (n instanceof BoolNodes.SlotNe) {
      return BoolNodes.NE;
    }
    return -1;
  }

  private static int slotOf(BoolNode n) {
    if (n instanceof BoolNodes.SlotLt x) {
      return x.slot();
    } else if (n instanceof BoolNodes.SlotLe x) {
      return x.slot();
    } else if (n instanceof BoolNodes.SlotGt x) {
      return x.slot();
    } else if (n instanceof BoolNodes.SlotGe x) {
      return x.slot();
    } else if (n instanceof BoolNodes.SlotEq x) {
      return x.slot();
    }
    return ((BoolNodes.SlotNe) n).slot();
  }

  private static double valueOf(BoolNode n) {
    if (n instanceof BoolNodes.SlotLt x) {
      return x.c();
    } else if (n instanceof BoolNodes.SlotLe x) {
      return x.c();
    } else if (n instanceof BoolNodes.SlotGt x) {
      return x.c();
    } else if (n instanceof BoolNodes.SlotGe x) {
      return x.c();
    } else if (n instanceof BoolNodes.SlotEq x) {
      return x.c();
    }
    return ((BoolNodes.SlotNe) n).c();
  }

  private static BoolNode single(int slot, byte op, double value) {
    switch (op) {
      case BoolNodes.LT:
        return new BoolNodes.SlotLt(slot, value);
      case BoolNodes.LE:
        return new BoolNodes.SlotLe(slot, value);
      case BoolNodes.GT:
        return new BoolNodes.SlotGt(slot, value);
      case BoolNodes.GE:
        return new BoolNodes.SlotGe(slot, value);
      case BoolNodes.EQ:
        return new BoolNodes.SlotEq(slot, value);
      default:
        return new BoolNodes.SlotNe(slot, value);
    }
  }

  /** a && (b && c) and (a && b) && c both become one n-ary node: one loop, no recursion. */
  private BoolNode[] flatten(CelExpr e, String function) throws ExpressionRejected {
    List<BoolNode> terms = new ArrayList<>();
    collect(e, function, terms);
    return terms.toArray(BoolNode[]::new);
  }

  private void collect(CelExpr e, String function, List<BoolNode> into) throws ExpressionRejected {
    if (e.getKind() == CelExpr.ExprKind.Kind.CALL && e.call().function().equals(function)) {
      for (CelExpr arg : e.call().args()) {
        collect(arg, function, into);
      }
    } else {
      into.add(bool(e));
    }
  }

  private BoolNode equality(CelExpr e, boolean equal, CelExpr left, CelExpr right)
      throws ExpressionRejected {
    CelKind kind = typeOf(left).kind();
    if (kind == CelKind.BOOL) {
      BoolNode a = bool(left);
      BoolNode b = bool(right);
      return equal ? new BoolNodes.Same(a, b) : new BoolNodes.Differ(a, b);
    }
    if (kind == CelKind.DOUBLE) {
      return compare(equal ? "_==_" : "_!=_", num(left), num(right));
    }
    throw refuse(e, "comparing values of type " + typeOf(left).name() + " is not supported");
  }

  private static BoolNode compare(String op, NumNode a, NumNode b) {
    if (b instanceof NumNodes.Slot && a instanceof NumNodes.Const) {
      return compare(flip(op), b, a);
    }
    if (a instanceof NumNodes.Slot s && b instanceof NumNodes.Const c) {
      int slot = s.slot();
      double v = c.value();
      switch (op) {
        case "_<_":
          return new BoolNodes.SlotLt(slot, v);
        case "_<=_":
          return new BoolNodes.SlotLe(slot, v);
        case "_>_":
          return new BoolNodes.SlotGt(slot, v);
        case "_>=_":
          return new BoolNodes.SlotGe(slot, v);
        case "_==_":
          return new BoolNodes.SlotEq(slot, v);
        default:
          return new BoolNodes.SlotNe(slot, v);
      }
    }
    switch (op) {
      case "_<_":
        return new BoolNodes.Lt(a, b);
      case "_<=_":
        return new BoolNodes.Le(a, b);
      case "_>_":
        return new BoolNodes.Gt(a, b);
      case "_>=_":
        return new BoolNodes.Ge(a, b);
      case "_==_":
        return new BoolNodes.Eq(a, b);
      default:
        return new BoolNodes.Ne(a, b);
    }
  }

  private static String flip(String op) {
    switch (op) {
      case "_<_":
        return "_>_";
      case "_<=_":
        return "_>=_";
      case "_>_":
        return "_<_";
      case "_>=_":
        return "_<=_";
      default:
        return op;
    }
  }

  private BoolNode in(CelExpr e, CelExpr needle, CelExpr haystack) throws ExpressionRejected {
    if (typeOf(needle).kind() != CelKind.DOUBLE) {
      throw refuse(e, "'in' is supported for numbers only");
    }
    if (haystack.getKind() != CelExpr.ExprKind.Kind.LIST) {
      throw refuse(haystack, "'in' needs a list literal of numbers, e.g. [99, 499, 999]");
    }
    List<CelExpr> elements = haystack.list().elements();
    double[] values = new double[elements.size()];
    for (int i = 0; i < values.length; i++) {
      CelExpr element = elements.get(i);
      if (element.getKind() != CelExpr.ExprKind.Kind.CONSTANT
          || element.constant().getKind() != CelConstant.Kind.DOUBLE_VALUE) {
        throw refuse(element, "'in' lists may hold number literals only");
      }
      values[i] = finite(element);
    }
    return new BoolNodes.In(num(needle), values);
  }

  private double finite(CelExpr literal) throws ExpressionRejected {
    double value = literal.constant().doubleValue();
    if (!Double.isFinite(value)) {
      throw refuse(literal, "the number is too large");
    }
    return value;
  }

  private int read(CelExpr ident) {
    int slot = sandbox.slotOf(ident.ident().name());
    reads.set(slot);
    return slot;
  }

  private CelType typeOf(CelExpr e) {
    return ast.getTypeOrThrow(e.id());
  }

  private void requireType(CelExpr e, CelKind kind) throws ExpressionRejected {
    CelType type = typeOf(e);
    if (type.kind() != kind) {
      throw refuse(e, "values of type " + type.name() + " are not supported here");
    }
  }

  private static String unsupportedNode(CelExpr e) {
    switch (e.getKind()) {
      case SELECT:
        return "field selection is not supported";
      case LIST:
        return "lists are supported only on the right of 'in'";
      case MAP:
        return "maps are not supported";
      case STRUCT:
        return "message construction is not supported";
      case COMPREHENSION:
        return "comprehensions are not supported";
      default:
        return "expression kind " + e.getKind() + " is not supported";
    }
  }

  private static String kindName(CelConstant.Kind kind) {
    switch (kind) {
      case STRING_VALUE:
        return "string";
      case BYTES_VALUE:
        return "bytes";
      case NULL_VALUE:
        return "null";
      case UINT64_VALUE:
        return "unsigned integer";
      case INT64_VALUE:
        return "integer";
      case DOUBLE_VALUE:
        return "number";
      case BOOLEAN_VALUE:
        return "bool";
      default:
        return kind.name().toLowerCase();
    }
  }

  private ExpressionRejected refuse(CelExpr at, String message) {
    return new ExpressionRejected(CelSandbox.problemAt(ast, at.id(), message));
  }
}
