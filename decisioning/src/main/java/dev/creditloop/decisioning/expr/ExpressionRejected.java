package dev.creditloop.decisioning.expr;

import java.util.List;

/** An expression that does not parse, type-check or fall inside the compiled subset. */
public final class ExpressionRejected extends Exception {

  private final transient List<ExpressionProblem> problems;

  ExpressionRejected(List<ExpressionProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  ExpressionRejected(ExpressionProblem problem) {
    this(List.of(problem));
  }

  public List<ExpressionProblem> problems() {
    return problems;
  }
}
