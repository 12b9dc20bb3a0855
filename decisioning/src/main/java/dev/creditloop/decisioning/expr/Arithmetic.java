package dev.creditloop.decisioning.expr;

/**
 * The rules' arithmetic on doubles, with errors where IEEE would quietly give an infinity or a NaN
 * out of two finite numbers (a division by zero, an overflow). The compiled nodes call {@link
 * #checked} only when a result is not finite, so the normal path costs one comparison; CEL's
 * reference interpreter is given the same functions, so both agree on what is an error.
 */
final class Arithmetic {

  private Arithmetic() {}

  /**
   * Decides about a result that is not finite: missing (an operand was missing, or infinite, which
   * features never are) or an error.
   */
  static double checked(double a, double b, double result) {
    if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
      return result;
    }
    throw EvaluationFailed.OVERFLOW;
  }

  static double add(double a, double b) {
    double r = a + b;
    return Double.isFinite(r) ? r : checked(a, b, r);
  }

  static double subtract(double a, double b) {
    double r = a - b;
    return Double.isFinite(r) ? r : checked(a, b, r);
  }

  static double multiply(double a, double b) {
    double r = a * b;
    return Double.isFinite(r) ? r : checked(a, b, r);
  }

  static double divide(double a, double b) {
    double r = a / b;
    return Double.isFinite(r) ? r : divisionChecked(a, b, r);
  }

  static double modulo(double a, double b) {
    double r = a % b;
    return Double.isFinite(r) ? r : divisionChecked(a, b, r);
  }

  private static double divisionChecked(double a, double b, double result) {
    if (b == 0 && !Double.isNaN(a)) {
      throw EvaluationFailed.DIVISION_BY_ZERO;
    }
    return checked(a, b, result);
  }
}
