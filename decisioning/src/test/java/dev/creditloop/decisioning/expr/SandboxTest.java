package dev.creditloop.decisioning.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Known ways out of an expression language; each must be refused when the rule is saved. */
class SandboxTest {

  final ExpressionCompiler compiler = new ExpressionCompiler(TestCatalogue.drawdown());

  ExpressionProblem refused(String source) {
    ExpressionRejected e =
        catchThrowableOfType(ExpressionRejected.class, () -> compiler.condition(source));
    assertThat(e).as("'%s' must be refused", source).isNotNull();
    assertThat(e.problems()).isNotEmpty();
    return e.problems().get(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Java classes and statics by name
        "java.lang.Runtime.getRuntime() != null",
        "System.exit(0) == 0",
        "java.lang.System.getenv('HOME') == ''",
        // undeclared functions
        "exec('ls') == 0",
        "getClass() == null",
        "drawdown_count_24h.getClass() == null",
        "''.getClass().forName('java.lang.Runtime') == null",
        "size('abc') > 1",
        "string(drawdown_count_24h) == '5'",
        "int(drawdown_count_24h) > 1",
        "matches('a', 'a+')",
        "timestamp('2024-01-01T00:00:00Z') > timestamp('2023-01-01T00:00:00Z')",
        "type(drawdown_count_24h) == double",
        "dyn(drawdown_count_24h) > 1",
        // SpEL, OGNL, MVEL, Groovy, JavaScript syntax
        "T(java.lang.Runtime).getRuntime().exec('ls')",
        "new java.io.File('/etc/passwd').exists()",
        "import java.io.File; true",
        "@java.lang.Runtime@getRuntime()",
        "Runtime.getRuntime().exec('ls'); true",
        "def x = 1; x > 0",
        "{ -> true }()",
        "this.class.classLoader != null",
        "#root.getClass()",
        "${drawdown_count_24h > 1}",
        "eval('1') == 1",
        // message construction and field access
        "google.protobuf.Any{type_url: 'x'} != null",
        "google.protobuf.Struct{} != null",
        "dev.cel.expr.Expr{} != null",
        "request.amount > 1",
        // macros and comprehensions (the only loops CEL has)
        "[1, 2, 3].all(i, i > 0)",
        "[1, 2, 3].exists(i, i > drawdown_count_24h)",
        "has(drawdown_count_24h.foo)",
        "[1, 2].map(i, i * 2) == [2, 4]",
        // strings, bytes, maps, null: no such features are declared
        "'a' == 'a'",
        "b'abc' == b'abc'",
        "{'a': 1}['a'] == 1",
        "drawdown_count_24h == null",
        "request_amount in {99: true}",
        // lists outside `in`
        "[1, 2] == [1, 2]",
        "[drawdown_count_24h][0] > 1",
        "request_amount in [drawdown_count_24h]",
        // unsigned integers
        "drawdown_count_24h > 1u",
      })
  void escapeAttemptsAreRefusedWhenSaved(String source) {
    ExpressionProblem problem = refused(source);
    assertThat(problem.message()).isNotBlank();
  }

  @Test
  void refusalsNameThePlaceAndCelsCause() {
    assertThat(refused("exec('ls') == 0"))
        .isEqualTo(new ExpressionProblem(1, 5, "undeclared reference to 'exec' (in container '')"));
    assertThat(refused("java.lang.Runtime.getRuntime() != null").message())
        .contains("undeclared reference");
    assertThat(refused("google.protobuf.Any{type_url: 'x'} != null").message())
        .contains("undeclared reference to 'google.protobuf.Any'");
    assertThat(refused("[1, 2, 3].all(i, i > 0)").message())
        .contains("undeclared reference to 'all'");
  }

  @Test
  void aHugeExpressionIsRefused() {
    String huge = "drawdown_count_24h > 1 || ".repeat(300) + "true";
    assertThat(huge.length()).isGreaterThan(CelSandbox.MAX_CODE_POINTS);
    assertThat(refused(huge).message()).containsIgnoringCase("size");
  }

  @Test
  void deeplyNestedExpressionIsRefused() {
    String deep = "(".repeat(100) + "drawdown_count_24h > 1" + ")".repeat(100);
    assertThat(refused(deep).message()).contains("recursion limit exceeded");
  }

  @Test
  void tooManyNodesIsRefused() {
    StringBuilder wide = new StringBuilder("drawdown_count_24h in [");
    for (int i = 0; i < 600; i++) {
      wide.append(i).append(',');
    }
    wide.append("0]");
    assertThat(wide.length()).isLessThan(CelSandbox.MAX_CODE_POINTS);
    assertThat(refused(wide.toString()).message()).isNotBlank();
  }

  @Test
  void aSensibleLongRuleStillCompiles() throws Exception {
    String rule = "drawdown_count_24h > 1 && utilisation < 0.5 || ".repeat(20) + "false";
    assertThat(compiler.condition(rule).eval(TestCatalogue.drawdown().values())).isFalse();
  }
}
