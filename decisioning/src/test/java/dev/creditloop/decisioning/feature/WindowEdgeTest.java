package dev.creditloop.decisioning.feature;

import static dev.creditloop.decisioning.event.EventType.DRAWDOWN_REQUESTED;
import static dev.creditloop.decisioning.feature.Scenario.at;
import static dev.creditloop.decisioning.feature.Scenario.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.kernel.Money;
import org.junit.jupiter.api.Test;

class WindowEdgeTest {

  private static final long CUSTOMER = 7;

  @Test
  void eventExactlyOneWindowBeforeAsOfIsOut() {
    Scenario s = new Scenario().add(event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-09T12:00", "100"));

    assertThat(s.feature("drawdown_count_24h", CUSTOMER, "2025-03-10T12:00")).isEqualTo(0);
    assertThat(s.feature("drawdown_count_7d", CUSTOMER, "2025-03-10T12:00")).isEqualTo(1);
  }

  @Test
  void eventOneMillisecondInsideTheWindowIsIn() {
    Scenario s =
        new Scenario()
            .add(
                BehaviourEvent.of(
                    DRAWDOWN_REQUESTED,
                    CUSTOMER,
                    at("2025-03-09T12:00").plusMillis(1),
                    Money.of("100")));

    assertThat(s.feature("drawdown_count_24h", CUSTOMER, "2025-03-10T12:00")).isEqualTo(1);
  }

  @Test
  void eventAtTheAsOfInstantIsIn() {
    Scenario s = new Scenario().add(event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T12:00", "100"));

    assertThat(s.feature("drawdown_count_1h", CUSTOMER, "2025-03-10T12:00")).isEqualTo(1);
    assertThat(s.feature("drawdown_amount_sum_24h", CUSTOMER, "2025-03-10T12:00")).isEqualTo(100);
  }

  @Test
  void emptyWindowCountsZeroAndLeavesStatisticsMissing() {
    Scenario s = new Scenario().add(event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-01-01T12:00", "100"));

    assertThat(s.feature("drawdown_count_30d", CUSTOMER, "2025-03-10T12:00")).isEqualTo(0);
    assertThat(s.feature("drawdown_amount_sum_30d", CUSTOMER, "2025-03-10T12:00")).isEqualTo(0);
    assertThat(s.feature("drawdown_amount_avg_30d", CUSTOMER, "2025-03-10T12:00")).isNaN();
    assertThat(s.feature("drawdown_amount_cv_30d", CUSTOMER, "2025-03-10T12:00")).isNaN();
    assertThat(s.feature("drawdown_amount_max_30d", CUSTOMER, "2025-03-10T12:00")).isNaN();
    assertThat(s.feature("drawdown_count_ever", CUSTOMER, "2025-03-10T12:00")).isEqualTo(1);
  }

  @Test
  void customerWithoutEventsHasZeroCountsAndMissingStatistics() {
    Scenario s = new Scenario();

    assertThat(s.feature("drawdown_count_24h", CUSTOMER, "2025-03-10T12:00")).isEqualTo(0);
    assertThat(s.feature("drawdown_amount_median_90d", CUSTOMER, "2025-03-10T12:00")).isNaN();
    assertThat(s.feature("max_dpd_90d", CUSTOMER, "2025-03-10T12:00")).isEqualTo(0);
    assertThat(s.feature("days_since_last_login", CUSTOMER, "2025-03-10T12:00")).isNaN();
  }

  @Test
  void singleValueHasNoSpread() {
    Scenario s = new Scenario().add(event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-01T12:00", "800"));
    String asOf = "2025-03-10T12:00";

    assertThat(s.feature("drawdown_amount_std_90d", CUSTOMER, asOf)).isEqualTo(0);
    assertThat(s.feature("drawdown_amount_cv_90d", CUSTOMER, asOf)).isEqualTo(0);
    assertThat(s.feature("drawdown_amount_iqr_90d", CUSTOMER, asOf)).isEqualTo(0);
    assertThat(s.feature("drawdown_amount_median_90d", CUSTOMER, asOf)).isEqualTo(800);
    assertThat(s.feature("drawdown_amount_mode_90d", CUSTOMER, asOf)).isEqualTo(800);
    assertThat(s.feature("drawdown_amount_mean_minus_median_90d", CUSTOMER, asOf)).isEqualTo(0);
    assertThat(s.feature("drawdown_min_gap_minutes_24h", CUSTOMER, asOf)).isNaN();
  }

  @Test
  void lateEventTakesItsPlaceInTime() {
    Scenario s =
        new Scenario()
            .add(
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T11:00", "300"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T09:00", "100"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T10:00", "200"));
    String asOf = "2025-03-10T11:30";

    assertThat(s.feature("first_drawdown_amount", CUSTOMER, asOf)).isEqualTo(100);
    assertThat(s.feature("last_drawdown_amount", CUSTOMER, asOf)).isEqualTo(300);
    assertThat(s.feature("drawdown_count_1h", CUSTOMER, asOf)).isEqualTo(1);
    assertThat(s.feature("drawdown_min_gap_minutes_24h", CUSTOMER, asOf)).isEqualTo(60);
    assertThat(s.feature("drawdown_amount_median_90d", CUSTOMER, asOf)).isEqualTo(200);
  }

  @Test
  void lateEventOlderThanRetentionStillCountsInAllTimeTotals() {
    Scenario s =
        new Scenario()
            .add(
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T11:00", "300"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2023-01-10T11:00", "100"));
    String asOf = "2025-03-10T12:00";

    assertThat(s.feature("drawdown_count_365d", CUSTOMER, asOf)).isEqualTo(1);
    assertThat(s.feature("drawdown_count_ever", CUSTOMER, asOf)).isEqualTo(2);
    assertThat(s.feature("first_drawdown_amount", CUSTOMER, asOf)).isEqualTo(100);
    assertThat(s.states.latePointsDropped()).isPositive();
  }

  @Test
  void pointsPastTheCapLeaveWindowsButNotTotals() {
    Scenario s = new Scenario(BehaviourCatalogue.standard(3));
    for (int hour = 1; hour <= 5; hour++) {
      s.add(event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T0" + hour + ":30", hour + "00"));
    }
    String asOf = "2025-03-10T12:00";

    assertThat(s.feature("drawdown_count_24h", CUSTOMER, asOf)).isEqualTo(3);
    assertThat(s.feature("drawdown_amount_avg_30d", CUSTOMER, asOf)).isEqualTo(400);
    assertThat(s.feature("drawdown_count_ever", CUSTOMER, asOf)).isEqualTo(5);
    assertThat(s.states.pointsEvicted()).isEqualTo(2);
  }

  @Test
  void liveFeaturesRefuseAnInstantBeforeTheLatestEvent() {
    Scenario s = new Scenario().add(event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T12:00", "100"));

    assertThatThrownBy(
            () ->
                s.states.features(
                    EntityKeys.customer(CUSTOMER), at("2025-03-10T11:59"), RequestInputs.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the latest event");
  }

  @Test
  void pointInTimeReadsOnlyEventsUpToTheInstant() {
    Scenario s =
        new Scenario()
            .add(
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T09:00", "100"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T11:00", "300"));
    int slot = s.catalogue.slotOf("drawdown_amount_sum_24h").orElseThrow();

    double[] past =
        s.pointInTime.features(
            EntityKeys.customer(CUSTOMER), at("2025-03-10T10:00"), RequestInputs.none());

    assertThat(past[slot]).isCloseTo(100, within(0.0));
  }
}
