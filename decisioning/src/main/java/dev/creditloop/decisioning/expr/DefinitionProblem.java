package dev.creditloop.decisioning.expr;

/**
 * Something wrong in a strategy document: where ({@code flows.repeat.steps[2].rules[5].when}),
 * where inside an expression when it is one ({@code line}:{@code column} from 1, else 0:0), and
 * why.
 */
public record DefinitionProblem(String path, int line, int column, String cause) {

  @Override
  public String toString() {
    return line > 0 ? path + " " + line + ":" + column + ": " + cause : path + ": " + cause;
  }
}
