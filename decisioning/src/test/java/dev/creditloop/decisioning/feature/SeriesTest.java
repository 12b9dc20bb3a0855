package dev.creditloop.decisioning.feature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeriesTest {

  private static final long DAY = 86_400_000;

  private static long[] times(Series s) {
    long[] times = new long[s.size()];
    for (int i = 0; i < times.length; i++) {
      times[i] = s.time(i);
    }
    return times;
  }

  @Test
  void keepsPointsInTimeOrderWhateverTheArrivalOrder() {
    Series s = new Series(100, false);
    s.add(30, 1, 3, Double.NaN, 1000, 0);
    s.add(10, 2, 1, Double.NaN, 1000, 0);
    s.add(20, 3, 2, Double.NaN, 1000, 0);

    assertThat(times(s)).containsExactly(10, 20, 30);
  }

  @Test
  void equalTimesAreOrderedBySequence() {
    Series s = new Series(100, false);
    s.add(10, 5, 50, Double.NaN, 1000, 0);
    s.add(10, 3, 30, Double.NaN, 1000, 0);

    assertThat(s.value(0)).isEqualTo(30);
    assertThat(s.value(1)).isEqualTo(50);
  }

  @Test
  void trimsPointsAtOrBeforeTheCutoffAndCarriesTheLatestOfThem() {
    Series s = new Series(100, false);
    s.add(0, 1, 100, Double.NaN, 30 * DAY, 0);
    s.add(10 * DAY, 2, 200, Double.NaN, 30 * DAY, 0);
    s.add(40 * DAY, 3, 300, Double.NaN, 30 * DAY, 0);

    assertThat(times(s)).containsExactly(40 * DAY);
    assertThat(s.valueAtOrBefore(15 * DAY)).isEqualTo(200);
    assertThat(s.valueAtOrBefore(5 * DAY)).as("before the carry: forgotten").isNaN();
  }

  @Test
  void pointExactlyAtTheRetentionCutoffIsTrimmed() {
    Series s = new Series(100, false);
    s.add(0, 1, 1, Double.NaN, 30 * DAY, 0);
    s.add(30 * DAY, 2, 2, Double.NaN, 30 * DAY, 0);

    assertThat(times(s)).containsExactly(30 * DAY);
  }

  @Test
  void latePointBeyondRetentionIsDroppedButMayBecomeTheCarry() {
    Series s = new Series(100, false);
    s.add(40 * DAY, 1, 300, Double.NaN, 30 * DAY, 0);

    assertThat(s.add(5 * DAY, 2, 100, Double.NaN, 30 * DAY, 0)).isEqualTo(Series.LATE);
    assertThat(s.size()).isEqualTo(1);
    assertThat(s.valueAtOrBefore(9 * DAY)).isEqualTo(100);
  }

  @Test
  void keepsTheMostRecentPointsHoweverOld() {
    Series s = new Series(100, false);
    s.add(0, 1, 1, Double.NaN, 0, 2);
    s.add(100 * DAY, 2, 2, Double.NaN, 0, 2);
    s.add(200 * DAY, 3, 3, Double.NaN, 0, 2);

    assertThat(times(s)).containsExactly(100 * DAY, 200 * DAY);
  }

  @Test
  void capEvictsTheOldestAndRefusesOlderArrivals() {
    Series s = new Series(2, false);
    s.add(10, 1, 1, Double.NaN, 1000, 0);
    s.add(20, 2, 2, Double.NaN, 1000, 0);

    assertThat(s.add(30, 3, 3, Double.NaN, 1000, 0)).isEqualTo(Series.EVICTED);
    assertThat(s.add(5, 4, 0, Double.NaN, 1000, 0)).isEqualTo(Series.EVICTED);
    assertThat(times(s)).containsExactly(20, 30);
    assertThat(s.valueAtOrBefore(15)).isEqualTo(1);
  }

  @Test
  void findsTheFirstPointAfterAnInstant() {
    Series s = new Series(100, false);
    for (long t : new long[] {10, 20, 20, 30}) {
      s.add(t, t, 0, Double.NaN, 1000, 0);
    }

    assertThat(s.firstAfter(5)).isZero();
    assertThat(s.firstAfter(20)).isEqualTo(3);
    assertThat(s.firstAfter(30)).isEqualTo(4);
  }
}
