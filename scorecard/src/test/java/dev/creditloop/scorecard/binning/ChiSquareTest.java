package dev.creditloop.scorecard.binning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChiSquareTest {

  @Test
  void chiSquareOfATwoByTwoTableMatchesTheHandComputation() {
    //            good bad | row
    // run A       30   10 |  40
    // run B       20   40 |  60
    // column      50   50 | 100
    // expected: A 20 20, B 30 30
    // chi2 = 10²/20 + 10²/20 + 10²/30 + 10²/30 = 5 + 5 + 3.3333 + 3.3333 = 16.6667
    Cells cells = new Cells(new long[] {30, 20}, new long[] {10, 40}, 50, 50);
    assertThat(cells.chiSquare(0, 1, 2)).isCloseTo(16.666667, within(1e-6));
  }

  @Test
  void identicalRatesGiveZeroAndEmptyColumnsAreSkipped() {
    Cells same = new Cells(new long[] {8, 4}, new long[] {2, 1}, 12, 3);
    assertThat(same.chiSquare(0, 1, 2)).isCloseTo(0, within(1e-12));
    Cells noBads = new Cells(new long[] {5, 7}, new long[] {0, 0}, 12, 1);
    assertThat(noBads.chiSquare(0, 1, 2)).isZero();
  }
}
