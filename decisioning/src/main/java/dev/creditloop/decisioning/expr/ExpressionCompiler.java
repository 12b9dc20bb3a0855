package dev.creditloop.decisioning.expr;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.types.CelKind;
import dev.creditloop.decisioning.feature.FeatureCatalogue;
import dev.creditloop.decisioning.feature.FeatureSpec;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns rule text into closures, once, when a strategy is saved: parse and type-check with CEL
 * against the catalogue, then compile the checked AST. Anything that would not run is refused here
 * with its line and column. Instances are immutable and safe to share.
 */
public final class ExpressionCompiler {

  private final CelSandbox sandbox;
  private final FeatureCatalogue catalogue;

  public ExpressionCompiler(FeatureCatalogue catalogue) {
    this.catalogue = catalogue;
    this.sandbox = new CelSandbox(catalogue);
  }

  /** A condition: must be of type bool. */
  public BoolExpression condition(String source) throws ExpressionRejected {
    CelAbstractSyntaxTree ast = checked(source, CelKind.BOOL, "a condition must be a bool");
    NodeCompiler compiler = new NodeCompiler(ast, sandbox);
    BoolNode root = compiler.bool(ast.getExpr());
    return new BoolExpression(source, root, compiler.reads());
  }

  /** A number (a limit, a price, a multiplier): must be of type double. */
  public NumExpression number(String source) throws ExpressionRejected {
    CelAbstractSyntaxTree ast = checked(source, CelKind.DOUBLE, "a value must be a number");
    NodeCompiler compiler = new NodeCompiler(ast, sandbox);
    NumNode root = compiler.num(ast.getExpr());
    return new NumExpression(source, root, compiler.reads());
  }

  public FeatureCatalogue catalogue() {
    return catalogue;
  }

  public List<FeatureSpec> features() {
    return sandbox.features();
  }

  public OptionalInt slotOf(String name) {
    return catalogue.slotOf(name);
  }

  private CelAbstractSyntaxTree checked(String source, CelKind expected, String what)
      throws ExpressionRejected {
    CelAbstractSyntaxTree ast = sandbox.check(source);
    if (ast.getResultType().kind() != expected) {
      throw new ExpressionRejected(
          CelSandbox.problemAt(
              ast, ast.getExpr().id(), what + ", this is " + ast.getResultType().name()));
    }
    return ast;
  }
}
