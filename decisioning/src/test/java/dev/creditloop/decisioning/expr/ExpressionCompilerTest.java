package dev.creditloop.decisioning.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.decisioning.feature.FeatureType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionCompilerTest {

  static final TestCatalogue CATALOGUE = catalogue();
  final ExpressionCompiler compiler = new ExpressionCompiler(CATALOGUE);

  static TestCatalogue catalogue() {
    Map<String, FeatureType> features = new LinkedHashMap<>();
    features.put("x", FeatureType.NUMBER);
    features.put("y", FeatureType.NUMBER);
    features.put("flag", FeatureType.BOOL);
    return TestCatalogue.of(features);
  }

  boolean cond(String source, Object... values) throws ExpressionRejected {
    return compiler.condition(source).eval(CATALOGUE.values(values));
  }

  double num(String source, Object... values) throws ExpressionRejected {
    return compiler.number(source).eval(CATALOGUE.values(values));
  }

  @Test
  void intLiteralsArePromotedSoRulesNeedNoDecimalPoint() throws Exception {
    assertThat(cond("x >= 5", "x", 5)).isTrue();
    assertThat(cond("x >= 5", "x", 4.99)).isFalse();
    assertThat(num("x + 1", "x", 2)).isEqualTo(3.0);
    assertThat(cond("x == 2", "x", 2)).isTrue();
  }

  @Test
  void arithmeticFollowsIeeeDoubles() throws Exception {
    assertThat(num("x * y - 1", "x", 3, "y", 4)).isEqualTo(11.0);
    assertThat(num("x / y", "x", 1, "y", 4)).isEqualTo(0.25);
    assertThat(num("x % 3", "x", 7)).isEqualTo(1.0);
    assertThat(num("-x", "x", 7)).isEqualTo(-7.0);
    assertThat(num("min(x, y) + max(x, y) + abs(-2)", "x", 1, "y", 5)).isEqualTo(8.0);
  }

  @Test
  void aMissingFeatureMakesEveryComparisonFalseButNotEqual() throws Exception {
    assertThat(cond("x > 1")).isFalse();
    assertThat(cond("x <= 1")).isFalse();
    assertThat(cond("x == 1")).isFalse();
    assertThat(cond("x != 1")).isTrue();
    assertThat(cond("!(x > 1)")).isTrue();
    assertThat(cond("is_missing(x)")).isTrue();
    assertThat(cond("is_missing(x)", "x", 0)).isFalse();
  }

  @Test
  void boolFeaturesReadOneAsTrue() throws Exception {
    assertThat(cond("flag", "flag", true)).isTrue();
    assertThat(cond("flag", "flag", false)).isFalse();
    assertThat(cond("flag == false", "flag", false)).isTrue();
    assertThat(cond("!flag && x > 0", "flag", false, "x", 1)).isTrue();
  }

  @Test
  void logicalOperatorsAndTernary() throws Exception {
    assertThat(cond("x > 1 && y > 1 || x < 0", "x", -1, "y", 0)).isTrue();
    assertThat(cond("x > 1 && (y > 1 || x < 0)", "x", 2, "y", 0)).isFalse();
    assertThat(num("x > 1 ? y : 0", "x", 2, "y", 7)).isEqualTo(7.0);
    assertThat(cond("flag ? x > 1 : y > 1", "flag", false, "y", 2)).isTrue();
  }

  @Test
  void inChecksMembershipOfNumberLiterals() throws Exception {
    assertThat(cond("x in [99, 499, 999]", "x", 499)).isTrue();
    assertThat(cond("x in [99, 499, 999]", "x", 500)).isFalse();
    assertThat(cond("x in [99, 499, 999]")).isFalse();
    assertThat(cond("x in [-1, 0.5]", "x", -1)).isTrue();
  }

  @Test
  void aConstantPartThatCannotBeComputedIsRefusedWhereItStands() {
    assertThatThrownBy(() -> compiler.condition("x > 1 && 1 / 0 > 0"))
        .isInstanceOfSatisfying(
            ExpressionRejected.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new ExpressionProblem(
                            1, 14, "division by zero: the divisor is the constant 0")));
    assertThatThrownBy(() -> compiler.condition("x > 1e308 * 10"))
        .hasMessageContaining("overflow: the result is too large for a number in a constant part");
    assertThatThrownBy(() -> compiler.number("(2 - 2) % (3 - 3)"))
        .hasMessageContaining("division by zero");
  }

  @Test
  void aDivisionByALiteralZeroIsRefusedEvenOverAFeature() {
    assertThatThrownBy(() -> compiler.condition("x / 0 > 1"))
        .isInstanceOfSatisfying(
            ExpressionRejected.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new ExpressionProblem(
                            1, 5, "division by zero: the divisor is the constant 0")));
    assertThatThrownBy(() -> compiler.number("x % (1 - 1)"))
        .hasMessageContaining("division by zero");
  }

  @Test
  void anIntegerADoubleCannotHoldIsRefused() {
    assertThatThrownBy(() -> compiler.condition("9223372036854775807 + 1 > 0"))
        .hasMessageContaining("integer 9223372036854775807 is beyond 2^53");
    assertThatThrownBy(() -> compiler.condition("x > 1e400")).hasMessageContaining("too large");
  }

  @Test
  void constantsAreComputedOnceAndTheResultIsTheSame() throws Exception {
    assertThat(cond("x > 2 * 3", "x", 7)).isTrue();
    assertThat(cond("x > 2 * 3", "x", 6)).isFalse();
    assertThat(compiler.condition("x > 2 * 3").node()).isInstanceOf(BoolNodes.SlotGt.class);
    assertThat(num("x + -(4 / 2)", "x", 1)).isEqualTo(-1.0);
  }

  @Test
  void aDivisionByAFeatureThatIsZeroFailsInsteadOfReadingAsMissing() throws Exception {
    BoolExpression rule = compiler.condition("x / y > 1");
    assertThatThrownBy(() -> rule.eval(CATALOGUE.values("x", 5, "y", 0)))
        .isSameAs(EvaluationFailed.DIVISION_BY_ZERO);
    assertThatThrownBy(() -> rule.eval(CATALOGUE.values("x", 0, "y", 0)))
        .isSameAs(EvaluationFailed.DIVISION_BY_ZERO);
    assertThatThrownBy(() -> num("x % y", "x", 5, "y", 0)).isInstanceOf(EvaluationFailed.class);
    // a missing operand stays missing: no error, the comparison is false
    assertThat(rule.eval(CATALOGUE.values("x", 5))).isFalse();
    assertThat(rule.eval(CATALOGUE.values("y", 0))).isFalse();
    assertThat(rule.eval(CATALOGUE.values("x", 5, "y", 2))).isTrue();
  }

  @Test
  void anOverflowFails() throws Exception {
    assertThatThrownBy(() -> cond("x * y > 0", "x", 1e200, "y", 1e200))
        .isSameAs(EvaluationFailed.OVERFLOW);
    assertThatThrownBy(() -> num("x + y", "x", Double.MAX_VALUE, "y", Double.MAX_VALUE))
        .isSameAs(EvaluationFailed.OVERFLOW);
    assertThatThrownBy(() -> num("x / y", "x", 1e300, "y", 1e-300))
        .isSameAs(EvaluationFailed.OVERFLOW);
  }

  @Test
  void aFalseTermBeatsAFailureInAndAsATrueOneDoesInOr() throws Exception {
    Object[] zero = {"x", 5, "y", 0, "flag", false};
    assertThat(cond("x / y > 1 && flag", zero)).isFalse();
    assertThat(cond("flag && x / y > 1", zero)).isFalse();
    assertThat(cond("y == 0 || x / y > 1", zero)).isTrue();
    assertThat(cond("x / y > 1 || y == 0", zero)).isTrue();
    assertThatThrownBy(() -> cond("x / y > 1 && !flag", zero)).isInstanceOf(EvaluationFailed.class);
    assertThatThrownBy(() -> cond("x / y > 1 || flag", zero)).isInstanceOf(EvaluationFailed.class);
    // the guard a careful author writes
    assertThat(cond("y != 0 && x / y > 1", zero)).isFalse();
    assertThat(cond("y > 0 ? x / y > 1 : false", zero)).isFalse();
  }

  @Test
  void recordsTheSlotsItReads() throws Exception {
    assertThat(compiler.condition("y > 1 && flag").reads()).containsExactly(1, 2);
    assertThat(compiler.number("x + x").reads()).containsExactly(0);
  }

  @Test
  void aSyntaxErrorIsReportedWithLineAndColumn() {
    assertThatThrownBy(() -> compiler.condition("x > 1 &&\n  y >"))
        .isInstanceOfSatisfying(
            ExpressionRejected.class,
            e -> {
              ExpressionProblem p = e.problems().get(0);
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(6);
              assertThat(p.message()).contains("mismatched input '<EOF>'");
            });
  }

  @Test
  void anUnknownFeatureIsReportedWhereItIsNamed() {
    assertThatThrownBy(() -> compiler.condition("x > 1 && foo < 2"))
        .isInstanceOfSatisfying(
            ExpressionRejected.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new ExpressionProblem(
                            1, 10, "undeclared reference to 'foo' (in container '')")));
  }

  @Test
  void aConditionMustBeBoolAndAValueANumber() {
    assertThatThrownBy(() -> compiler.condition("x + 1"))
        .hasMessageContaining("a condition must be a bool, this is double");
    assertThatThrownBy(() -> compiler.number("x > 1"))
        .hasMessageContaining("a value must be a number, this is bool");
  }

  @Test
  void typeErrorsCarryCelsMessage() {
    assertThatThrownBy(() -> compiler.condition("flag > 1"))
        .isInstanceOfSatisfying(
            ExpressionRejected.class,
            e -> {
              assertThat(e.problems().get(0).message())
                  .startsWith("found no matching overload for '_>_' applied to '(bool, double)'");
              assertThat(e.problems().get(0).column()).isEqualTo(6);
            });
  }

  @Test
  void inNeedsALiteralListOfNumbers() {
    assertThatThrownBy(() -> compiler.condition("x in [y, 2]"))
        .hasMessageContaining("'in' lists may hold number literals only");
  }

  @Test
  void everyProblemOfAnExpressionIsListed() {
    assertThatThrownBy(() -> compiler.condition("a > 1 && b > 2"))
        .isInstanceOfSatisfying(
            ExpressionRejected.class,
            e ->
                assertThat(e.problems())
                    .extracting(ExpressionProblem::column)
                    .isEqualTo(List.of(1, 10)));
  }

  @Test
  void catalogueNamesMustBeCelIdentifiers() {
    assertThatThrownBy(
            () -> new ExpressionCompiler(TestCatalogue.of(Map.of("bad-name", FeatureType.NUMBER))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad-name");
  }
}
