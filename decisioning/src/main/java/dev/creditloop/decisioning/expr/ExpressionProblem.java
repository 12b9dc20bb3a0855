package dev.creditloop.decisioning.expr;

/**
 * Why an expression was refused, and where: {@code line} and {@code column} count from 1 inside the
 * expression text (0 when the problem is the expression as a whole).
 */
public record ExpressionProblem(int line, int column, String message) {

  @Override
  public String toString() {
    return line + ":" + column + ": " + message;
  }
}
