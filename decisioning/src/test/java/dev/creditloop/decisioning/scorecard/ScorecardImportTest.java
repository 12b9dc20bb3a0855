package dev.creditloop.decisioning.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import dev.creditloop.decisioning.expr.ExpressionCompiler;
import dev.creditloop.decisioning.expr.Interval;
import dev.creditloop.decisioning.expr.Problems;
import dev.creditloop.decisioning.expr.TestCatalogue;
import dev.creditloop.decisioning.rule.Action;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScorecardImportTest {

  static final ExpressionCompiler EXPRESSIONS = new ExpressionCompiler(TestCatalogue.drawdown());

  static final String CARD =
      """
      { "format": "creditloop-scorecard/1", "name": "bcard", "baseScore": 410.5,
        "scaling": {"baseScore": 600, "baseOdds": 50, "pdo": 20},
        "characteristics": [
          { "feature": "max_dpd_12m", "type": "numeric", "reasonCode": "max_dpd_12m", "baselinePoints": 40,
            "bins": [
              {"label": "missing", "missing": true, "points": 12.5},
              {"label": "-1 (special)", "value": -1, "points": -7},
              {"label": "[-inf, 1)", "lower": null, "upper": 1, "points": 61.25},
              {"label": "[1, 31)", "lower": 1, "upper": 31, "points": 20},
              {"label": "[31, inf)", "lower": 31, "upper": null, "points": -40} ] },
          { "feature": "utilisation", "type": "numeric", "reasonCode": "UTIL", "baselinePoints": 10,
            "bins": [
              {"label": "low", "lower": null, "upper": 0.5, "points": 30},
              {"label": "rest", "otherwise": true, "points": 0} ] } ] }
      """;

  static CompiledScorecard compile(ScorecardDefinition d) {
    Problems problems = new Problems();
    CompiledScorecard card = CompiledScorecard.compile(d, EXPRESSIONS, problems);
    assertThat(problems.list()).isEmpty();
    return card;
  }

  static double[] features(double dpd, double utilisation) {
    double[] f = new double[TestCatalogue.drawdown().size()];
    java.util.Arrays.fill(f, Double.NaN);
    f[EXPRESSIONS.slotOf("max_dpd_12m").getAsInt()] = dpd;
    f[EXPRESSIONS.slotOf("utilisation").getAsInt()] = utilisation;
    return f;
  }

  @Test
  void anExportedCardScoresInTheEngineAsTheWorkbenchWouldFirstMatchingBinWins() throws Exception {
    var imported =
        ScorecardImport.read(
            CARD, "bcard", 2, List.of(new Cutoff(560, Action.REJECT, "LOW_BSCORE", null)));
    CompiledScorecard card = compile(imported.definition());

    assertThat(imported.cardName()).isEqualTo("bcard");
    assertThat(imported.scaling()).isEqualTo("base score 600 at odds 50:1, PDO 20");
    // the special value -1 lies inside (-inf, 1) but its own bin comes first
    assertThat(card.evaluate(features(-1, 0.2)).score()).isEqualTo(410.5 - 7 + 30);
    assertThat(card.evaluate(features(-2, 0.2)).score()).isEqualTo(410.5 + 61.25 + 30);
    assertThat(card.evaluate(features(0, 0.7)).score()).isEqualTo(410.5 + 61.25);
    assertThat(card.evaluate(features(Double.NaN, Double.NaN)).score()).isEqualTo(410.5 + 12.5);
    assertThat(card.evaluate(features(31, 0.1)).score()).isEqualTo(410.5 - 40 + 30);
    ScoreResult low = card.evaluate(features(45, 0.9));
    assertThat(low.score()).isEqualTo(370.5);
    assertThat(low.action()).isEqualTo(Action.REJECT);
    assertThat(imported.definition().characteristics().get(1).reason()).isEqualTo("UTIL");
    assertThat(imported.definition().characteristics().get(0).bins())
        .extracting(BinDefinition::range)
        .containsExactly("(-inf, -1)", "-1", "(-1, 1)", "[1, 31)", "[31, +inf)", null);
  }

  @Test
  void categoricalCharacteristicsAWrongFormatAndMissingPointsAreRefusedWithTheirPaths() {
    String bad =
        """
        { "format": "creditloop-scorecard/2", "baseScore": 0,
          "characteristics": [
            { "feature": "region", "type": "categorical",
              "bins": [ {"label": "a", "categories": ["north"], "points": 3} ] },
            { "feature": "utilisation", "type": "numeric",
              "bins": [ {"label": "x", "lower": 0, "upper": 1} ] } ] }
        """;
    assertThatThrownBy(() -> ScorecardImport.read(bad, "b", null, null))
        .isInstanceOfSatisfying(
            ScorecardImportException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionProblem::path)
                    .containsExactly(
                        "format",
                        "characteristics[0].type",
                        "characteristics[0].bins[0]",
                        "characteristics[1].bins[0].points"));
    assertThatThrownBy(() -> ScorecardImport.read("{not json", "b", null, null))
        .isInstanceOf(ScorecardImportException.class);
    assertThatThrownBy(
            () -> ScorecardImport.read("{\"format\": \"creditloop-scorecard/1\"}", "b", null, null))
        .isInstanceOfSatisfying(
            ScorecardImportException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionProblem::path)
                    .containsExactly("characteristics"));
  }

  @Test
  void cuttingAnIntervalOutOfAnotherLeavesTheRest() {
    Interval a = Interval.parse("[0, 10)");
    assertThat(ScorecardImport.minus(a, Interval.parse("5"))).hasToString("[[0, 5), (5, 10)]");
    assertThat(ScorecardImport.minus(a, Interval.parse("0"))).hasToString("[(0, 10)]");
    assertThat(ScorecardImport.minus(a, Interval.parse("10"))).hasToString("[[0, 10)]");
    assertThat(ScorecardImport.minus(a, Interval.parse("[-5, 3)"))).hasToString("[[3, 10)]");
    assertThat(ScorecardImport.minus(a, Interval.parse("(-inf, +inf)"))).isEmpty();
  }

  /** One exported bin: a special value or a range [lower, upper) (NaN = open). */
  record Bin(boolean special, double a, double b, int points) {}

  @Provide
  Arbitrary<List<Bin>> bins() {
    Arbitrary<Integer> edge = Arbitraries.integers().between(-5, 5);
    Arbitrary<Bin> special =
        Combinators.combine(edge, Arbitraries.integers().between(-50, 50))
            .as((v, p) -> new Bin(true, v, v, p));
    return special
        .list()
        .ofMaxSize(4)
        .flatMap(
            specials ->
                edge.set()
                    .ofMinSize(0)
                    .ofMaxSize(4)
                    .flatMap(
                        edges ->
                            Arbitraries.integers()
                                .between(-50, 50)
                                .list()
                                .ofSize(edges.size() + 1)
                                .map(
                                    points -> {
                                      List<Bin> out = new ArrayList<>(specials);
                                      List<Integer> sorted = edges.stream().sorted().toList();
                                      double lower = Double.NaN;
                                      for (int i = 0; i <= sorted.size(); i++) {
                                        double upper =
                                            i < sorted.size() ? sorted.get(i) : Double.NaN;
                                        out.add(new Bin(false, lower, upper, points.get(i)));
                                        lower = upper;
                                      }
                                      return out;
                                    })));
  }

  /**
   * Specials first, then ranges covering the line: import then engine equals first match, at every
   * half step.
   */
  @Property(tries = 300)
  void importKeepsEveryScoreOfTheFirstMatchingBin(@ForAll("bins") List<Bin> bins) throws Exception {
    StringBuilder json =
        new StringBuilder(
            "{\"format\": \"creditloop-scorecard/1\", \"baseScore\": 0, \"characteristics\": "
                + "[{\"feature\": \"max_dpd_12m\", \"type\": \"numeric\", \"bins\": [{\"missing\": true, \"points\": 1}");
    for (Bin bin : bins) {
      json.append(",{\"points\": ").append(bin.points());
      if (bin.special()) {
        json.append(", \"value\": ").append(bin.a());
      } else {
        json.append(", \"lower\": ")
            .append(Double.isNaN(bin.a()) ? "null" : bin.a())
            .append(", \"upper\": ")
            .append(Double.isNaN(bin.b()) ? "null" : bin.b());
      }
      json.append('}');
    }
    json.append("]}]}");
    CompiledScorecard card =
        compile(ScorecardImport.read(json.toString(), "p", null, null).definition());
    for (double x = -7; x <= 7; x += 0.5) {
      assertThat(card.evaluate(features(x, 0)).score())
          .as("x = %s", x)
          .isEqualTo(firstMatch(bins, x));
    }
    assertThat(card.evaluate(features(Double.NaN, 0)).score()).isEqualTo(1);
  }

  private static double firstMatch(List<Bin> bins, double x) {
    for (Bin bin : bins) {
      boolean takes =
          bin.special()
              ? x == bin.a()
              : (Double.isNaN(bin.a()) || x >= bin.a()) && (Double.isNaN(bin.b()) || x < bin.b());
      if (takes) {
        return bin.points();
      }
    }
    throw new AssertionError("no bin takes " + x);
  }
}
