package dev.creditloop.scorecard.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

  // scores 1 2 2 3 4 5, bads at 1, 2 (one of the tied 2s) and 3
  private static final double[] SCORES = {1, 2, 2, 3, 4, 5};
  private static final boolean[] BAD = {true, true, false, true, false, false};

  @Test
  void aucCountsTiesAsHalf() {
    // goods 2, 4, 5 vs bads 1, 2, 3:
    // good 2: beats 1, ties 2, loses to 3 -> 1.5; good 4: 3; good 5: 3  => 7.5 / 9 = 0.833333
    assertThat(Auc.of(SCORES, BAD)).isCloseTo(7.5 / 9, within(1e-12));
    assertThat(Auc.gini(Auc.of(SCORES, BAD))).isCloseTo(2 * 7.5 / 9 - 1, within(1e-12));
  }

  @Test
  void aucOfAllTiesIsOneHalfAndOfPerfectOrderIsOne() {
    assertThat(Auc.of(new double[] {3, 3, 3, 3}, new boolean[] {true, false, true, false}))
        .isEqualTo(0.5);
    assertThat(Auc.of(new double[] {1, 2, 3, 4}, new boolean[] {true, true, false, false}))
        .isEqualTo(1.0);
    assertThat(Auc.of(new double[] {1, 2, 3, 4}, new boolean[] {false, false, true, true}))
        .isEqualTo(0.0);
  }

  @Test
  void ksIsTheLargestGapOfCumulativeSharesWithTiesMovingTogether() {
    // at or below: 1 -> bads 1/3 goods 0 (gap .333); 2 -> 2/3, 1/3 (.333); 3 -> 1, 1/3 (.667);
    //              4 -> 1, 2/3 (.333); 5 -> 1, 1 (0)
    Ks ks = Ks.of(SCORES, BAD);
    assertThat(ks.statistic()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(ks.atScore()).isEqualTo(3.0);
    assertThat(ks.curve()).hasSize(5);
    assertThat(ks.curve().get(1)).isEqualTo(new Ks.Point(2, 2.0 / 3, 1.0 / 3));
  }

  @Test
  void bandsGiveBadRateLiftAndCapture() {
    // cut-offs 2 and 4: [-inf,2) = {1}: 1 bad; [2,4) = {2,2,3}: 2 bads; [4,+inf) = {4,5}: 0 bads
    List<ScoreBands.Band> bands = ScoreBands.fixed(SCORES, BAD, new double[] {2, 4});
    assertThat(bands).hasSize(3);
    assertThat(bands.get(0).badRate()).isEqualTo(1.0);
    assertThat(bands.get(0).lift()).isCloseTo(2.0, within(1e-12));
    assertThat(bands.get(1).badRate()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(bands.get(1).cumulativeBadShare()).isEqualTo(1.0);
    assertThat(bands.get(2).bads()).isZero();
  }

  @Test
  void decilesKeepTiedScoresTogether() {
    double[] scores = new double[100];
    boolean[] bad = new boolean[100];
    for (int i = 0; i < 100; i++) {
      scores[i] = i < 50 ? 7 : i;
      bad[i] = i % 3 == 0;
    }
    List<ScoreBands.Band> deciles = ScoreBands.quantiles(scores, bad, 10);
    assertThat(deciles.get(0).count()).isEqualTo(50);
    assertThat(deciles.stream().mapToLong(ScoreBands.Band::count).sum()).isEqualTo(100);
    assertThat(deciles).hasSize(6);
  }

  @Test
  void psiOfAHandExample() {
    // expected 25% in each of 4 bins; actual 10/20/30/40%:
    // (.1-.25)ln(.4) + (.2-.25)ln(.8) + (.3-.25)ln(1.2) + (.4-.25)ln(1.6)
    // = .137444 + .011157 + .009116 + .070501 = 0.228217
    assertThat(Stability.index(new long[] {25, 25, 25, 25}, new long[] {10, 20, 30, 40}))
        .isCloseTo(0.228217, within(1e-6));
    assertThat(Stability.index(new long[] {5, 5}, new long[] {50, 50})).isZero();
  }

  @Test
  void anEmptyBinCountsWithTheEpsilonShare() {
    // expected shares .5 .5 0 -> 0 becomes 1e-4; actual .5 .4 .1
    // 0 + (-.1)ln(.8) + (.1-.0001)ln(.1/.0001) = .022314 + .690085 = 0.712399
    assertThat(Stability.index(new long[] {50, 50, 0}, new long[] {50, 40, 10}))
        .isCloseTo(0.712399, within(1e-6));
  }

  @Test
  void scorePsiIsZeroForTheSameSampleAndGrowsWithAShift() {
    double[] expected = new double[1000];
    double[] shifted = new double[1000];
    for (int i = 0; i < 1000; i++) {
      expected[i] = i;
      shifted[i] = i + 150;
    }
    assertThat(Stability.scores(expected, expected.clone(), 10)).isZero();
    assertThat(Stability.scores(expected, shifted, 10)).isGreaterThan(0.1);
  }

  @Test
  void metricsNeedBothOutcomes() {
    assertThatThrownBy(() -> Auc.of(new double[] {1, 2}, new boolean[] {false, false}))
        .hasMessageContaining("one good and one bad");
  }
}
