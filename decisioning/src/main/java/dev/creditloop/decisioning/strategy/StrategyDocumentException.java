package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import java.util.List;

/** A document that is not well-formed YAML/JSON or does not fit the strategy model. */
public final class StrategyDocumentException extends Exception {

  private final transient List<DefinitionProblem> problems;

  StrategyDocumentException(DefinitionProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problems = List.of(problem);
  }

  public List<DefinitionProblem> problems() {
    return problems;
  }
}
