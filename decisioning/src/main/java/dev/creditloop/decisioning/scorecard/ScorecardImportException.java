package dev.creditloop.decisioning.scorecard;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import java.util.List;

/** A card that cannot be imported, with every problem and its path in the card. */
public final class ScorecardImportException extends Exception {

  private final transient List<DefinitionProblem> problems;

  public ScorecardImportException(List<DefinitionProblem> problems) {
    super(problems.size() + " problem(s) in the card: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<DefinitionProblem> problems() {
    return problems;
  }
}
