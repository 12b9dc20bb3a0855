package dev.creditloop.scorecard.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreScalingTest {

  @Test
  void defaultFactorAndOffset() {
    // factor = 20 / ln 2 = 28.853901; offset = 600 - 28.853901 * ln 50 = 600 - 112.877124 =
    // 487.122876
    ScoreScaling s = ScoreScaling.defaults();
    assertThat(s.factor()).isCloseTo(28.853901, within(1e-6));
    assertThat(s.offset()).isCloseTo(487.122876, within(1e-6));
  }

  @Test
  void baseOddsGiveTheBaseScoreAndPdoPointsDoubleTheOdds() {
    ScoreScaling s = new ScoreScaling(500, 20, 40);
    assertThat(s.score(Math.log(20))).isCloseTo(500, within(1e-9));
    assertThat(s.score(Math.log(40))).isCloseTo(540, within(1e-9));
    assertThat(s.score(Math.log(10))).isCloseTo(460, within(1e-9));
    // 500 points = odds 20:1, so P(bad) = 1/21
    assertThat(s.probabilityBad(500)).isCloseTo(1.0 / 21, within(1e-12));
  }

  @Test
  void nonsenseScalingIsRefused() {
    assertThatThrownBy(() -> new ScoreScaling(600, 0, 20)).hasMessageContaining("base odds");
    assertThatThrownBy(() -> new ScoreScaling(600, 50, -20))
        .hasMessageContaining("double the odds");
  }
}
