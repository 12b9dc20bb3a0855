package dev.creditloop.decisioning.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a definition instead of stopping at the first, each under the path of
 * the element being checked. {@link #at} gives a view one level down sharing the same list.
 */
public final class Problems {

  private final List<DefinitionProblem> all;
  private final String path;

  public Problems() {
    this(new ArrayList<>(), "");
  }

  private Problems(List<DefinitionProblem> all, String path) {
    this.all = all;
    this.path = path;
  }

  /** {@code at("rules").at(5).at("when")} is {@code rules[5].when}. */
  public Problems at(String field) {
    return new Problems(all, path.isEmpty() ? field : path + "." + field);
  }

  public Problems at(int index) {
    return new Problems(all, path + "[" + index + "]");
  }

  public String path() {
    return path;
  }

  public void add(String cause) {
    all.add(new DefinitionProblem(path, 0, 0, cause));
  }

  public void add(ExpressionRejected rejected) {
    for (ExpressionProblem p : rejected.problems()) {
      all.add(new DefinitionProblem(path, p.line(), p.column(), p.message()));
    }
  }

  /** Compiles a condition, or records why not and returns null. */
  public BoolExpression condition(ExpressionCompiler compiler, String source) {
    try {
      return compiler.condition(source);
    } catch (ExpressionRejected e) {
      add(e);
      return null;
    }
  }

  /** Compiles a numeric expression, or records why not and returns null. */
  public NumExpression number(ExpressionCompiler compiler, String source) {
    try {
      return compiler.number(source);
    } catch (ExpressionRejected e) {
      add(e);
      return null;
    }
  }

  /** Records a problem when {@code value} is null or blank; true when it is present. */
  public boolean require(String field, String value) {
    if (value == null || value.isBlank()) {
      at(field).add("is required");
      return false;
    }
    return true;
  }

  /** Records a problem when {@code value} is null; true when it is present. */
  public boolean require(String field, Object value) {
    if (value == null) {
      at(field).add("is required");
      return false;
    }
    return true;
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  public int count() {
    return all.size();
  }

  public List<DefinitionProblem> list() {
    return List.copyOf(all);
  }
}
