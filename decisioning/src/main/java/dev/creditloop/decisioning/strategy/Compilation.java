package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import java.util.List;
import java.util.Optional;

/** The result of compiling a strategy document: the compiled strategy, or every problem found. */
public final class Compilation {

  private final CompiledStrategy strategy;
  private final List<DefinitionProblem> problems;

  private Compilation(CompiledStrategy strategy, List<DefinitionProblem> problems) {
    this.strategy = strategy;
    this.problems = List.copyOf(problems);
  }

  static Compilation succeeded(CompiledStrategy strategy) {
    return new Compilation(strategy, List.of());
  }

  static Compilation failed(List<DefinitionProblem> problems) {
    return new Compilation(null, problems);
  }

  public boolean succeeded() {
    return strategy != null;
  }

  public Optional<CompiledStrategy> strategy() {
    return Optional.ofNullable(strategy);
  }

  /** Each with its path in the document and, for an expression, the line:column inside it. */
  public List<DefinitionProblem> problems() {
    return problems;
  }

  /** The strategy, or an exception listing the problems. */
  public CompiledStrategy orElseThrow() {
    if (strategy == null) {
      StringBuilder message = new StringBuilder("strategy does not compile:");
      for (DefinitionProblem p : problems) {
        message.append("\n  ").append(p);
      }
      throw new IllegalStateException(message.toString());
    }
    return strategy;
  }

  @Override
  public String toString() {
    return succeeded()
        ? "compiled " + strategy.id() + " v" + strategy.version()
        : problems.toString();
  }
}
