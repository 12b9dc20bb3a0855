package dev.creditloop.decisioning.scorecard;

import static dev.creditloop.decisioning.scorecard.BinDefinition.missing;
import static dev.creditloop.decisioning.scorecard.BinDefinition.otherwise;
import static dev.creditloop.decisioning.scorecard.BinDefinition.range;
import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import dev.creditloop.decisioning.expr.ExpressionCompiler;
import dev.creditloop.decisioning.expr.Problems;
import dev.creditloop.decisioning.expr.TestCatalogue;
import dev.creditloop.decisioning.rule.Action;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledScorecardTest {

  static final TestCatalogue CATALOGUE = TestCatalogue.drawdown();
  static final ExpressionCompiler EXPRESSIONS = new ExpressionCompiler(CATALOGUE);

  static final CharacteristicDefinition DPD =
      new CharacteristicDefinition(
          "dpd",
          "max_dpd_12m",
          "R_DPD",
          "overdue history",
          List.of(
              range("(-inf, 1)", 60), range("[1, 31)", 20), range("[31, +inf)", -40), missing(10)));

  static final CharacteristicDefinition UTILISATION =
      new CharacteristicDefinition(
          null,
          "utilisation",
          "R_UTIL",
          null,
          List.of(range("[0, 0.5)", 40), range("[0.5, 0.9)", 20), otherwise(0)));

  /** Twelve bins, so lookups take the binary search. */
  static CharacteristicDefinition trend() {
    List<BinDefinition> bins = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      bins.add(range("[" + i + ", " + (i + 1) + ")", 30 - 3 * i));
    }
    bins.add(range("[11, +inf)", -10));
    bins.add(otherwise(5));
    return new CharacteristicDefinition("trend", "f0", "R_TREND", null, bins);
  }

  static CompiledScorecard card() {
    Problems problems = new Problems();
    CompiledScorecard card =
        CompiledScorecard.compile(
            new ScorecardDefinition(
                "b",
                500.0,
                2,
                List.of(DPD, UTILISATION, trend()),
                List.of(
                    new Cutoff(550, Action.REJECT, "LOW", null),
                    new Cutoff(600, Action.REVIEW, "MID", null))),
            EXPRESSIONS,
            problems);
    assertThat(problems.list()).isEmpty();
    return card;
  }

  @Test
  void scoreIsBasePlusThePointsOfEachBinThatFired() {
    CompiledScorecard card = card();
    ScoreResult r =
        card.evaluate(CATALOGUE.values("max_dpd_12m", 5, "utilisation", 0.95, "f0", 3.5));
    // 500 + 20 (dpd in [1, 31)) + 0 (utilisation: else) + 21 (trend in [3, 4))
    assertThat(r.score()).isEqualTo(541.0);
    assertThat(r.bins()).containsExactly(1, 2, 3);
    assertThat(card.binLabel(0, r.bins()[0])).isEqualTo("[1, 31)");
    assertThat(card.binLabel(1, r.bins()[1])).isEqualTo("else");
    assertThat(r.action()).isEqualTo(Action.REJECT);
    assertThat(card.cutoff(r.cutoff()).reason()).isEqualTo("LOW");
  }

  @Test
  void reasonCodesAreTheLargestLossesAgainstEachCharacteristicsBest() {
    CompiledScorecard card = card();
    ScoreResult r =
        card.evaluate(CATALOGUE.values("max_dpd_12m", 40, "utilisation", 0.6, "f0", 3.5));
    // losses: dpd 60 - (-40) = 100, utilisation 40 - 20 = 20, trend 30 - 21 = 9; top 2
    assertThat(card.reasons(r)).containsExactly(0, 1);
    assertThat(card.reasonCode(0)).isEqualTo("R_DPD");
    assertThat(card.loss(r, 0)).isEqualTo(100.0);
  }

  @Test
  void tiedLossesKeepTheOrderWrittenAndNoLossGivesNoReason() {
    CompiledScorecard card = card();
    ScoreResult tie =
        card.evaluate(CATALOGUE.values("max_dpd_12m", 5, "utilisation", 0.95, "f0", 0));
    assertThat(card.reasons(tie)).containsExactly(0, 1);
    ScoreResult best =
        card.evaluate(CATALOGUE.values("max_dpd_12m", 0, "utilisation", 0.1, "f0", 0.5));
    assertThat(best.score()).isEqualTo(630.0);
    assertThat(card.reasons(best)).isEmpty();
    assertThat(best.action()).isEqualTo(Action.PASS);
  }

  @Test
  void missingValuesTakeTheMissingBinElseTheElseBin() {
    CompiledScorecard card = card();
    ScoreResult r = card.evaluate(CATALOGUE.values());
    assertThat(r.bins()).containsExactly(3, 2, 12);
    assertThat(r.score()).isEqualTo(500 + 10 + 0 + 5);
  }

  @Test
  void binarySearchAgreesWithTheBinsAtEveryBoundary() {
    CompiledScorecard card = card();
    for (int i = 0; i < 11; i++) {
      assertThat(card.evaluate(CATALOGUE.values("f0", i)).bins()[2]).isEqualTo(i);
      assertThat(card.evaluate(CATALOGUE.values("f0", i + 0.999)).bins()[2]).isEqualTo(i);
    }
    assertThat(card.evaluate(CATALOGUE.values("f0", 1e9)).bins()[2]).isEqualTo(11);
    assertThat(card.evaluate(CATALOGUE.values("f0", -0.001)).bins()[2]).isEqualTo(12);
  }

  @Test
  void binsMustBeOrderedWithoutOverlapAndCoverEverything() {
    Problems problems = new Problems();
    CompiledScorecard card =
        CompiledScorecard.compile(
            new ScorecardDefinition(
                "b",
                0.0,
                null,
                List.of(
                    new CharacteristicDefinition(
                        null,
                        "utilisation",
                        "U",
                        null,
                        List.of(range("[0, 0.5]", 1), range("[0.5, 1)", 2), otherwise(0))),
                    new CharacteristicDefinition(
                        null,
                        "max_dpd_12m",
                        "D",
                        null,
                        List.of(range("[10, 20)", 1), range("[0, 10)", 2), otherwise(0))),
                    new CharacteristicDefinition(
                        null,
                        "device_count_30d",
                        "V",
                        null,
                        List.of(range("(-inf, 1)", 1), range("[2, +inf)", 2))),
                    new CharacteristicDefinition(
                        null,
                        "no_such",
                        null,
                        null,
                        List.of(
                            missing(1),
                            missing(2),
                            new BinDefinition("[0, 1)", true, null, 1.0, null)))),
                List.of(
                    new Cutoff(600, Action.REVIEW, "A", null),
                    new Cutoff(550, Action.REJECT, null, null))),
            EXPRESSIONS,
            problems);
    assertThat(card).isNull();
    assertThat(problems.list())
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "characteristics[0].bins[1].range: [0.5, 1) overlaps or comes before [0, 0.5]: bins must be in ascending order without overlap",
            "characteristics[1].bins[1].range: [0, 10) overlaps or comes before [10, 20): bins must be in ascending order without overlap",
            "characteristics[2].bins: the ranges leave gaps: add an else bin or close the gaps",
            "characteristics[2].bins: no bin takes missing values (NaN): add a missing or an else bin",
            "characteristics[3].feature: unknown feature 'no_such'",
            "characteristics[3].reason: is required",
            "characteristics[3].bins[1]: a second missing bin; bins[0] already takes missing values",
            "characteristics[3].bins[2]: a bin is exactly one of: range, missing: true, else: true",
            "cutoffs[1].reason: a REJECT cut-off needs a reason code",
            "cutoffs[1].below: cut-offs must be in strictly ascending order of 'below'");
  }
}
