package dev.creditloop.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreDriftTest {

  @Test
  void psiMatchesAHandComputedValue() {
    // (0.25 − 0.5)·ln(0.25/0.5) + (0.75 − 0.5)·ln(0.75/0.5) = 0.17329 + 0.10137
    assertThat(ScoreDrift.psi(new long[] {50, 50}, new long[] {25, 75}))
        .isCloseTo(0.274653, within(1e-6));
    assertThat(ScoreDrift.psi(new long[] {10, 20, 30}, new long[] {20, 40, 60}))
        .isCloseTo(0.0, within(1e-12));
  }

  @Test
  void anEmptyBandIsFlooredNotInfinite() {
    double psi = ScoreDrift.psi(new long[] {100, 0}, new long[] {90, 10});
    // (0.9 − 1)·ln(0.9) + (0.1 − 0.0001)·ln(0.1/0.0001)
    assertThat(psi).isCloseTo(-0.1 * Math.log(0.9) + 0.0999 * Math.log(1000), within(1e-9));
  }

  @Test
  void scoresOnAnEdgeGoToTheBandAbove() {
    assertThat(ScoreDrift.count(new double[] {1, 2, 2, 3, 5}, new double[] {2, 4}))
        .containsExactly(1, 3, 1);
  }
}
