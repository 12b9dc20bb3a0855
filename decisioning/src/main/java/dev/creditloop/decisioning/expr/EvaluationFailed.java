package dev.creditloop.decisioning.expr;

/**
 * A compiled expression met arithmetic that has no number for an answer: a division or modulo by
 * zero, or a result too large for a double (overflow). Raised only on that path, never on the
 * normal one; the instances are shared and carry no stack trace, so raising one allocates nothing.
 * A missing operand (NaN) is not an error: it makes the result missing, as everywhere else.
 */
public final class EvaluationFailed extends RuntimeException {

  static final EvaluationFailed DIVISION_BY_ZERO = new EvaluationFailed("division by zero");
  static final EvaluationFailed OVERFLOW =
      new EvaluationFailed("overflow: the result is too large for a number");

  private EvaluationFailed(String message) {
    super(message, null, false, false);
  }
}
