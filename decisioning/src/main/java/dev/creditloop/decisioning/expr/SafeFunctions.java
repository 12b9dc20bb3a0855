package dev.creditloop.decisioning.expr;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import java.util.List;

/**
 * The only functions a rule may call beyond CEL's operators. {@code is_missing}, {@code min},
 * {@code max} and {@code abs} are total over doubles (NaN in gives NaN out, except {@code
 * is_missing}); {@code %} fails on a zero divisor like {@code /} (see {@link Arithmetic}).
 */
final class SafeFunctions {

  static final String IS_MISSING = "is_missing";
  static final String MIN = "min";
  static final String MAX = "max";
  static final String ABS = "abs";

  /** CEL defines {@code %} for integers only; every number here is a double, so we add it. */
  static final String MODULO = "_%_";

  static final List<CelFunctionDecl> DECLARATIONS =
      List.of(
          CelFunctionDecl.newFunctionDeclaration(
              IS_MISSING,
              CelOverloadDecl.newGlobalOverload(
                  "is_missing_double", SimpleType.BOOL, SimpleType.DOUBLE)),
          CelFunctionDecl.newFunctionDeclaration(
              MIN,
              CelOverloadDecl.newGlobalOverload(
                  "min_double_double", SimpleType.DOUBLE, SimpleType.DOUBLE, SimpleType.DOUBLE)),
          CelFunctionDecl.newFunctionDeclaration(
              MAX,
              CelOverloadDecl.newGlobalOverload(
                  "max_double_double", SimpleType.DOUBLE, SimpleType.DOUBLE, SimpleType.DOUBLE)),
          CelFunctionDecl.newFunctionDeclaration(
              ABS,
              CelOverloadDecl.newGlobalOverload(
                  "abs_double", SimpleType.DOUBLE, SimpleType.DOUBLE)),
          CelFunctionDecl.newFunctionDeclaration(
              MODULO,
              CelOverloadDecl.newGlobalOverload(
                  "modulo_double", SimpleType.DOUBLE, SimpleType.DOUBLE, SimpleType.DOUBLE)));

  static final List<CelFunctionBinding> BINDINGS =
      List.of(
          CelFunctionBinding.from("is_missing_double", Double.class, d -> d.isNaN()),
          CelFunctionBinding.from(
              "min_double_double", Double.class, Double.class, (a, b) -> Math.min(a, b)),
          CelFunctionBinding.from(
              "max_double_double", Double.class, Double.class, (a, b) -> Math.max(a, b)),
          CelFunctionBinding.from("abs_double", Double.class, d -> Math.abs(d)),
          CelFunctionBinding.from(
              "modulo_double",
              Double.class,
              Double.class,
              (a, b) -> cel(Arithmetic::modulo, a, b)));

  /**
   * CEL's double operators as the compiled nodes compute them: errors where {@link Arithmetic}
   * raises them, so the reference interpreter fails exactly when the closures do.
   */
  static final List<CelFunctionBinding> ARITHMETIC =
      List.of(
          CelFunctionBinding.from(
              "add_double", Double.class, Double.class, (a, b) -> cel(Arithmetic::add, a, b)),
          CelFunctionBinding.from(
              "subtract_double",
              Double.class,
              Double.class,
              (a, b) -> cel(Arithmetic::subtract, a, b)),
          CelFunctionBinding.from(
              "multiply_double",
              Double.class,
              Double.class,
              (a, b) -> cel(Arithmetic::multiply, a, b)),
          CelFunctionBinding.from(
              "divide_double",
              Double.class,
              Double.class,
              (a, b) -> cel(Arithmetic::divide, a, b)));

  private static Object cel(java.util.function.DoubleBinaryOperator op, double a, double b)
      throws CelEvaluationException {
    try {
      return op.applyAsDouble(a, b);
    } catch (EvaluationFailed e) {
      throw new CelEvaluationException(e.getMessage());
    }
  }

  private SafeFunctions() {}
}
