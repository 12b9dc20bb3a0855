package dev.creditloop.decisioning.expr;

import dev.cel.checker.CelStandardDeclarations;
import dev.cel.checker.CelStandardDeclarations.StandardFunction;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelSource;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.CelVarDecl;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelStandardFunctions;
import dev.creditloop.decisioning.feature.FeatureCatalogue;
import dev.creditloop.decisioning.feature.FeatureSpec;
import dev.creditloop.decisioning.feature.FeatureType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CEL environment a rule is checked in: the catalogue's features as variables, CEL's operators
 * on doubles and bools, and {@link SafeFunctions}. Nothing else is declared: no message types, no
 * macros (so no comprehensions), no strings, no conversions.
 */
final class CelSandbox {

  /** Long enough for any sensible rule; a longer one is a generated blob, refused. */
  static final int MAX_CODE_POINTS = 4_000;

  static final int MAX_NESTING = 32;
  static final int MAX_NODES = 500;

  static final CelOptions OPTIONS =
      CelOptions.current()
          // The planner runtime insists on it; compiled rules never compare int with double
          // because every int literal is promoted first.
          .enableHeterogeneousNumericComparisons(true)
          .enableComprehension(false)
          .maxExpressionCodePointSize(MAX_CODE_POINTS)
          .maxParseRecursionDepth(MAX_NESTING)
          .maxParseExpressionNodeCount(MAX_NODES)
          .build();

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> RESERVED =
      Set.of(
          "true",
          "false",
          "null",
          "in",
          "as",
          "break",
          "const",
          "continue",
          "else",
          "for",
          "function",
          "if",
          "import",
          "let",
          "loop",
          "package",
          "namespace",
          "return",
          "var",
          "void",
          "while");

  private static final Set<StandardFunction> OPERATORS =
      Set.of(
          StandardFunction.LOGICAL_NOT,
          StandardFunction.LOGICAL_AND,
          StandardFunction.LOGICAL_OR,
          StandardFunction.CONDITIONAL,
          StandardFunction.EQUALS,
          StandardFunction.NOT_EQUALS,
          StandardFunction.ADD,
          StandardFunction.SUBTRACT,
          StandardFunction.MULTIPLY,
          StandardFunction.DIVIDE,
          StandardFunction.NEGATE,
          StandardFunction.IN,
          StandardFunction.LESS,
          StandardFunction.LESS_EQUALS,
          StandardFunction.GREATER,
          StandardFunction.GREATER_EQUALS);

  private final CelCompiler compiler;
  private final Map<String, Integer> slots;
  private final List<FeatureSpec> features;

  CelSandbox(FeatureCatalogue catalogue) {
    this.features = List.copyOf(catalogue.features());
    Map<String, Integer> bySlot = new HashMap<>();
    List<CelVarDecl> vars = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      FeatureSpec spec = features.get(i);
      if (!IDENTIFIER.matcher(spec.name()).matches() || RESERVED.contains(spec.name())) {
        bad.add(spec.name());
        continue;
      }
      if (bySlot.putIfAbsent(spec.name(), i) != null) {
        bad.add(spec.name() + " (declared twice)");
        continue;
      }
      vars.add(
          CelVarDecl.newVarDeclaration(
              spec.name(), spec.type() == FeatureType.BOOL ? SimpleType.BOOL : SimpleType.DOUBLE));
    }
    if (!bad.isEmpty()) {
      throw new IllegalArgumentException("feature names that are not CEL identifiers: " + bad);
    }
    this.slots = Map.copyOf(bySlot);
    this.compiler =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(OPTIONS)
            .setStandardEnvironmentEnabled(false)
            .setStandardDeclarations(
                CelStandardDeclarations.newBuilder()
                    .filterFunctions(
                        (function, overload) ->
                            OPERATORS.contains(function)
                                && overload.celOverloadDecl().parameterTypes().stream()
                                    .allMatch(CelSandbox::numericOrBool))
                    .build())
            .addVarDeclarations(vars)
            .addFunctionDeclarations(SafeFunctions.DECLARATIONS)
            .build();
  }

  /** Keeps the double, bool and generic overloads; drops string, bytes, time, int, map ones. */
  private static boolean numericOrBool(CelType type) {
    if (type.kind() == CelKind.DOUBLE
        || type.kind() == CelKind.BOOL
        || type.kind() == CelKind.TYPE_PARAM) {
      return true;
    }
    return type instanceof ListType list && list.elemType().kind() == CelKind.TYPE_PARAM;
  }

  /** Parses, promotes int literals to double, and type-checks. */
  CelAbstractSyntaxTree check(String source) throws ExpressionRejected {
    if (source == null || source.isBlank()) {
      throw new ExpressionRejected(new ExpressionProblem(0, 0, "expression is empty"));
    }
    CelValidationResult parsed = compiler.parse(source);
    CelAbstractSyntaxTree ast = unwrap(parsed);
    refuseInexactInts(ast, ast.getExpr());
    CelAbstractSyntaxTree promoted =
        CelAbstractSyntaxTree.newParsedAst(promoteInts(ast.getExpr()), ast.getSource());
    return unwrap(compiler.check(promoted));
  }

  private static CelAbstractSyntaxTree unwrap(CelValidationResult result)
      throws ExpressionRejected {
    if (result.hasError()) {
      List<ExpressionProblem> problems = new ArrayList<>();
      for (CelIssue issue : result.getErrors()) {
        CelSourceLocation at = issue.getSourceLocation();
        problems.add(
            at == CelSourceLocation.NONE || at.getLine() <= 0
                ? new ExpressionProblem(0, 0, issue.getMessage())
                : new ExpressionProblem(at.getLine(), at.getColumn() + 1, issue.getMessage()));
      }
      throw new ExpressionRejected(problems);
    }
    try {
      return result.getAst();
    } catch (CelValidationException e) {
      throw new ExpressionRejected(new ExpressionProblem(0, 0, e.getMessage()));
    }
  }

  /** Integers up to 2^53 become doubles exactly; a larger one would silently be another number. */
  static final long LARGEST_EXACT_INT = 1L << 53;

  private static void refuseInexactInts(CelAbstractSyntaxTree ast, CelExpr e)
      throws ExpressionRejected {
    switch (e.getKind()) {
      case CONSTANT:
        if (e.constant().getKind() == CelConstant.Kind.INT64_VALUE
            && Math.abs(e.constant().int64Value()) > LARGEST_EXACT_INT) {
          throw new ExpressionRejected(
              problemAt(
                  ast,
                  e.id(),
                  "integer "
                      + e.constant().int64Value()
                      + " is beyond 2^53: numbers in rules are"
                      + " doubles and could not hold it exactly"));
        }
        return;
      case CALL:
        for (CelExpr arg : e.call().args()) {
          refuseInexactInts(ast, arg);
        }
        return;
      case LIST:
        for (CelExpr element : e.list().elements()) {
          refuseInexactInts(ast, element);
        }
        return;
      default:
    }
  }

  /**
   * Every number in a rule is a double: {@code drawdown_count_24h >= 5} must type-check without
   * writing {@code 5.0}, and CEL has no double-int arithmetic.
   */
  private static CelExpr promoteInts(CelExpr e) {
    switch (e.getKind()) {
      case CONSTANT:
        if (e.constant().getKind() == CelConstant.Kind.INT64_VALUE) {
          return CelExpr.ofConstant(
              e.id(), CelConstant.ofValue((double) e.constant().int64Value()));
        }
        return e;
      case CALL:
        var call = e.call();
        List<CelExpr> args = new ArrayList<>(call.args().size());
        for (CelExpr arg : call.args()) {
          args.add(promoteInts(arg));
        }
        return CelExpr.ofCall(
            e.id(),
            call.target().map(CelSandbox::promoteInts),
            call.function(),
            com.google.common.collect.ImmutableList.copyOf(args));
      case LIST:
        var list = e.list();
        List<CelExpr> elements = new ArrayList<>(list.elements().size());
        for (CelExpr element : list.elements()) {
          elements.add(promoteInts(element));
        }
        return CelExpr.ofList(
            e.id(),
            com.google.common.collect.ImmutableList.copyOf(elements),
            list.optionalIndices());
      default:
        return e;
    }
  }

  /** Where an expression node starts in the source: line and column from 1. */
  static ExpressionProblem problemAt(CelAbstractSyntaxTree ast, long exprId, String message) {
    CelSource source = ast.getSource();
    Integer offset = source.getPositionsMap().get(exprId);
    if (offset == null) {
      return new ExpressionProblem(0, 0, message);
    }
    Optional<CelSourceLocation> at = source.getOffsetLocation(offset);
    return at.map(l -> new ExpressionProblem(l.getLine(), l.getColumn() + 1, message))
        .orElse(new ExpressionProblem(0, 0, message));
  }

  int slotOf(String name) {
    Integer slot = slots.get(name);
    if (slot == null) {
      throw new IllegalStateException("checked AST names an undeclared variable " + name);
    }
    return slot;
  }

  List<FeatureSpec> features() {
    return features;
  }

  /** CEL's own interpreter over the same environment, used as the reference semantics. */
  static CelRuntime referenceRuntime(boolean planner) {
    CelStandardFunctions functions =
        CelStandardFunctions.newBuilder()
            .includeFunctions(
                CelStandardFunctions.StandardFunction.LOGICAL_NOT,
                CelStandardFunctions.StandardFunction.EQUALS,
                CelStandardFunctions.StandardFunction.NOT_EQUALS,
                CelStandardFunctions.StandardFunction.NEGATE,
                CelStandardFunctions.StandardFunction.IN,
                CelStandardFunctions.StandardFunction.LESS,
                CelStandardFunctions.StandardFunction.LESS_EQUALS,
                CelStandardFunctions.StandardFunction.GREATER,
                CelStandardFunctions.StandardFunction.GREATER_EQUALS)
            .build();
    var builder =
        planner
            ? CelRuntimeFactory.plannerRuntimeBuilder()
            : CelRuntimeFactory.standardCelRuntimeBuilder().setStandardEnvironmentEnabled(false);
    return builder
        .setOptions(OPTIONS)
        .setStandardFunctions(functions)
        .addFunctionBindings(SafeFunctions.BINDINGS)
        .addFunctionBindings(SafeFunctions.ARITHMETIC)
        .build();
  }
}
