package dev.creditloop.scorecard.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.scorecard.binning.BinRule;
import dev.creditloop.scorecard.binning.VariableBinning;
import dev.creditloop.scorecard.data.CategoricalColumn;
import dev.creditloop.scorecard.data.ColumnType;
import dev.creditloop.scorecard.data.NumericColumn;
import dev.creditloop.scorecard.data.Row;
import dev.creditloop.scorecard.regression.LogisticFit;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildScorecardTest {

  // age: [-inf,30) 20 good 20 bad; [30,+inf) 60 good 20 bad  (goods 80, bads 40)
  //   WOE young = ln((20/80)/(20/40)) = ln 0.5 = -0.693147; WOE older = ln((60/80)/(20/40)) = ln
  // 1.5 = 0.405465
  // home: {own} 50 good 10 bad; {rent} 30 good 30 bad
  //   WOE own = ln((50/80)/(10/40)) = ln 2.5 = 0.916291; WOE rent = ln((30/80)/(30/40)) = ln 0.5 =
  // -0.693147
  private final VariableBinning age =
      VariableBinning.of(
          "age",
          ColumnType.NUMERIC,
          List.of(
              new BinRule.Range(Double.NEGATIVE_INFINITY, 30),
              new BinRule.Range(30, Double.POSITIVE_INFINITY)),
          ages(),
          labels());
  private final VariableBinning home =
      VariableBinning.of(
          "home",
          ColumnType.CATEGORICAL,
          List.of(new BinRule.Categories(List.of("own")), new BinRule.Categories(List.of("rent"))),
          homes(),
          labels());
  // logit P(bad) = -0.7 - 0.9 WOE_age - 0.6 WOE_home
  private final LogisticFit fit = new LogisticFit(-0.7, new double[] {-0.9, -0.6}, 5, true, -1, 0);
  private final Scorecard card =
      BuildScorecard.build("test", List.of(age, home), fit, ScoreScaling.defaults());

  @Test
  void pointsAddUpToTheScaledLogOddsOfTheModel() {
    Row row = Row.builder().number("age", 45).text("home", "rent").build();
    double logOddsBad = -0.7 - 0.9 * Math.log(1.5) - 0.6 * Math.log(0.5);
    double expected = ScoreScaling.defaults().score(-logOddsBad);
    assertThat(card.score(row).score()).isCloseTo(expected, within(1e-9));
  }

  @Test
  void eachBinsPointsFollowTheStatedFormula() {
    // points = -(β·WOE + α/n)·factor + offset/n, n = 2
    double factor = ScoreScaling.defaults().factor();
    double offset = ScoreScaling.defaults().offset();
    double youngPoints = -(-0.9 * Math.log(0.5) + -0.7 / 2) * factor + offset / 2;
    Attribute young =
        card.characteristics().get(0).attributes().stream()
            .filter(a -> a.label().equals("[-inf, 30)"))
            .findFirst()
            .orElseThrow();
    assertThat(young.points()).isCloseTo(youngPoints, within(1e-9));
  }

  @Test
  void aSaferBinEarnsMorePoints() {
    double young = card.score(Row.builder().number("age", 22).text("home", "own").build()).score();
    double older = card.score(Row.builder().number("age", 52).text("home", "own").build()).score();
    assertThat(older).isGreaterThan(young);
  }

  @Test
  void missingAndUnseenValuesScoreAtNeutralWoe() {
    double neutral =
        -(-0.7 / 2) * ScoreScaling.defaults().factor() + ScoreScaling.defaults().offset() / 2;
    ScoredRow scored = card.score(Row.builder().text("home", "boat").build());
    assertThat(scored.parts())
        .extracting(ScoredRow.Part::attribute)
        .containsExactly("missing (none in sample)", "other (not in sample)");
    assertThat(scored.score()).isCloseTo(2 * neutral, within(1e-9));
  }

  @Test
  void reasonCodesRankTheLargestLossesAgainstEachCharacteristicsBestPoints() {
    // young loses 0.9*(0.405465+0.693147)*factor = 28.53 points on age; rent loses
    // 0.6*(0.916291+0.693147)*factor = 27.86 points on home: age first, home second
    ScoredRow risky = card.score(Row.builder().number("age", 22).text("home", "rent").build());
    assertThat(risky.reasons()).extracting(ReasonCode::code).containsExactly("age", "home");
    assertThat(risky.reasons().get(0).loss())
        .isCloseTo(
            0.9 * (Math.log(1.5) - Math.log(0.5)) * ScoreScaling.defaults().factor(), within(1e-9));
    ScoredRow best = card.score(Row.builder().number("age", 40).text("home", "own").build());
    assertThat(best.reasons()).isEmpty();
    assertThat(
            card.score(Row.builder().number("age", 22).text("home", "rent").build(), 1).reasons())
        .hasSize(1);
  }

  private static boolean[] labels() {
    boolean[] bad = new boolean[120];
    // rows 0-39: young (20 good, 20 bad); 40-119: older (60 good, 20 bad)
    for (int i = 0; i < 120; i++) {
      bad[i] = i < 20 || (i >= 40 && i < 60);
    }
    return bad;
  }

  private static NumericColumn ages() {
    double[] a = new double[120];
    for (int i = 0; i < 120; i++) {
      a[i] = i < 40 ? 25 : 45;
    }
    return new NumericColumn("age", a);
  }

  private static CategoricalColumn homes() {
    // bads are rows 0-19 and 40-59: 10 of them own; goods: 50 own, 30 rent
    String[] h = new String[120];
    boolean[] bad = labels();
    int badOwn = 0;
    int goodOwn = 0;
    for (int i = 0; i < 120; i++) {
      if (bad[i]) {
        h[i] = badOwn++ < 10 ? "own" : "rent";
      } else {
        h[i] = goodOwn++ < 50 ? "own" : "rent";
      }
    }
    return new CategoricalColumn("home", h);
  }
}
