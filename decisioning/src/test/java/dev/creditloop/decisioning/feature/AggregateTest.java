package dev.creditloop.decisioning.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AggregateTest {

  private static final long HOUR = 3_600_000;

  /** Points one hour apart, the last at hour 10, read as of hour 12. */
  private static WindowPoints points(double... values) {
    int n = values.length;
    long[] times = new long[n];
    long[] seqs = new long[n];
    for (int i = 0; i < n; i++) {
      times[i] = (10 - (n - 1) + i) * HOUR;
      seqs[i] = i + 1;
    }
    Series series = Series.ofSorted(times, seqs, values, null, n, 100);
    return new WindowPoints(series, 0, n, 12 * HOUR);
  }

  private static double over(Aggregate aggregate, double... values) {
    return aggregate.over(points(values), 0);
  }

  @Test
  void countsSumsAndMeans() {
    assertThat(over(Aggregate.COUNT, 1, 2, 2, 3, 7)).isEqualTo(5);
    assertThat(over(Aggregate.SUM, 1, 2, 2, 3, 7)).isEqualTo(15);
    assertThat(over(Aggregate.AVG, 1, 2, 2, 3, 7)).isEqualTo(3);
    assertThat(over(Aggregate.MIN, 1, 2, 2, 3, 7)).isEqualTo(1);
    assertThat(over(Aggregate.MAX, 1, 2, 2, 3, 7)).isEqualTo(7);
    assertThat(over(Aggregate.DISTINCT_COUNT, 1, 2, 2, 3, 7)).isEqualTo(4);
  }

  @Test
  void populationStandardDeviationAndCoefficientOfVariation() {
    // deviations -2 -1 -1 0 4, squares sum to 22, over 5 points
    assertThat(over(Aggregate.STD, 1, 2, 2, 3, 7)).isCloseTo(Math.sqrt(4.4), within(1e-12));
    assertThat(over(Aggregate.CV, 1, 2, 2, 3, 7)).isCloseTo(Math.sqrt(4.4) / 3, within(1e-12));
  }

  @Test
  void coefficientOfVariationOfZeroMeanIsMissing() {
    assertThat(over(Aggregate.CV, 0, 0)).isNaN();
  }

  @Test
  void quantilesInterpolateBetweenClosestRanks() {
    WindowPoints w = points(7, 1, 3, 2, 2);

    assertThat(Aggregate.QUANTILE.over(w, 0.25)).isEqualTo(2);
    assertThat(Aggregate.QUANTILE.over(w, 0.9)).isCloseTo(5.4, within(1e-12));
    assertThat(Aggregate.QUANTILE.over(w, 0)).isEqualTo(1);
    assertThat(Aggregate.QUANTILE.over(w, 1)).isEqualTo(7);
    assertThat(Aggregate.MEDIAN.over(w, 0)).isEqualTo(2);
    assertThat(Aggregate.IQR.over(w, 0)).isEqualTo(1);
    assertThat(Aggregate.MEAN_MINUS_MEDIAN.over(w, 0)).isEqualTo(1);
    assertThat(over(Aggregate.MEDIAN, 1, 2, 3, 4)).isEqualTo(2.5);
  }

  @Test
  void modeIsTheMostFrequentValueAndTheSmallestOnATie() {
    assertThat(over(Aggregate.MODE, 1, 2, 2, 3, 7)).isEqualTo(2);
    assertThat(over(Aggregate.MODE_COUNT, 1, 2, 2, 3, 7)).isEqualTo(2);
    assertThat(over(Aggregate.MODE, 5, 5, 3, 3)).isEqualTo(3);
    assertThat(over(Aggregate.MODE_COUNT, 5, 5, 3, 3)).isEqualTo(2);
  }

  @Test
  void firstLastAndElapsedTimeFollowTime() {
    // values at hours 6..10, as of hour 12
    assertThat(over(Aggregate.FIRST, 1, 2, 2, 3, 7)).isEqualTo(1);
    assertThat(over(Aggregate.LAST, 1, 2, 2, 3, 7)).isEqualTo(7);
    assertThat(over(Aggregate.TIME_SINCE_FIRST, 1, 2, 2, 3, 7)).isEqualTo(6 * HOUR);
    assertThat(over(Aggregate.TIME_SINCE_LAST, 1, 2, 2, 3, 7)).isEqualTo(2 * HOUR);
    assertThat(over(Aggregate.MIN_GAP, 1, 2, 2, 3, 7)).isEqualTo(HOUR);
  }

  @Test
  void emptyWindowGivesZeroCountsAndMissingStatistics() {
    for (Aggregate aggregate : Aggregate.values()) {
      double value = over(aggregate);
      switch (aggregate) {
        case COUNT, SUM, DISTINCT_COUNT, MODE_COUNT ->
            assertThat(value).as(aggregate.name()).isZero();
        default -> assertThat(value).as(aggregate.name()).isNaN();
      }
    }
  }

  @Test
  void singlePointGivesItselfAndNoSpread() {
    assertThat(over(Aggregate.AVG, 42)).isEqualTo(42);
    assertThat(over(Aggregate.STD, 42)).isZero();
    assertThat(over(Aggregate.CV, 42)).isZero();
    assertThat(over(Aggregate.IQR, 42)).isZero();
    assertThat(over(Aggregate.QUANTILE, 42)).isEqualTo(42);
    assertThat(over(Aggregate.MIN_GAP, 42)).isNaN();
  }

  @Test
  void allTimeAggregatesReadTotals() {
    Totals totals = new Totals();
    totals.add(5 * HOUR, 2, 30);
    totals.add(2 * HOUR, 1, 10);
    totals.add(9 * HOUR, 3, 20);

    assertThat(Aggregate.COUNT.overTotals(totals, 12 * HOUR)).isEqualTo(3);
    assertThat(Aggregate.SUM.overTotals(totals, 12 * HOUR)).isEqualTo(60);
    assertThat(Aggregate.AVG.overTotals(totals, 12 * HOUR)).isEqualTo(20);
    assertThat(Aggregate.MIN.overTotals(totals, 12 * HOUR)).isEqualTo(10);
    assertThat(Aggregate.MAX.overTotals(totals, 12 * HOUR)).isEqualTo(30);
    assertThat(Aggregate.FIRST.overTotals(totals, 12 * HOUR)).isEqualTo(10);
    assertThat(Aggregate.LAST.overTotals(totals, 12 * HOUR)).isEqualTo(20);
    assertThat(Aggregate.TIME_SINCE_FIRST.overTotals(totals, 12 * HOUR)).isEqualTo(10 * HOUR);
    assertThat(Aggregate.TIME_SINCE_LAST.overTotals(totals, 12 * HOUR)).isEqualTo(3 * HOUR);
  }

  @Test
  void onlyOrderFreeAggregatesRunOverAllTime() {
    assertThat(Aggregate.MEDIAN.orderFree()).isFalse();
    assertThat(Aggregate.DISTINCT_COUNT.orderFree()).isFalse();
    assertThat(Aggregate.COUNT.orderFree()).isTrue();
  }

  @Test
  void speedAndDistanceFollowConsecutivePositions() {
    double north = Math.toDegrees(1000 / Geo.EARTH_RADIUS_KM);
    long[] times = {0, HOUR, HOUR + 1000};
    double[] lats = {30, 30 + north, 30 + north};
    double[] lons = {120, 120, 120};
    Series series = Series.ofSorted(times, new long[] {1, 2, 3}, lats, lons, 3, 10);
    WindowPoints w = new WindowPoints(series, 0, 3, 2 * HOUR);

    assertThat(Aggregate.PATH_KM.over(w, 0)).isCloseTo(1000, within(1e-6));
    assertThat(Aggregate.MAX_SPEED_KMH.over(w, 0)).isCloseTo(1000, within(1e-6));
  }
}
