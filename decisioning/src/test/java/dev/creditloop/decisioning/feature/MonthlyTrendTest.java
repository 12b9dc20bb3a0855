package dev.creditloop.decisioning.feature;

import static dev.creditloop.decisioning.event.EventType.DRAWDOWN_REQUESTED;
import static dev.creditloop.decisioning.feature.Scenario.at;
import static dev.creditloop.decisioning.feature.Scenario.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.kernel.Money;
import org.junit.jupiter.api.Test;

class MonthlyTrendTest {

  private static final long CUSTOMER = 3;
  private static final String AS_OF = "2025-07-10T12:00";

  /** Drawdowns of 100 yuan: July 2, June 4, May 2, April 1, March 1, January 3, ... */
  private static Scenario history() {
    Scenario s = new Scenario();
    drawdowns(s, "2025-07-0", 2);
    drawdowns(s, "2025-06-1", 4);
    drawdowns(s, "2025-05-1", 2);
    drawdowns(s, "2025-04-1", 1);
    drawdowns(s, "2025-03-1", 1);
    drawdowns(s, "2025-01-1", 3);
    drawdowns(s, "2024-08-1", 1);
    drawdowns(s, "2024-07-1", 1);
    drawdowns(s, "2024-06-1", 5);
    return s;
  }

  private static void drawdowns(Scenario s, String dayPrefix, int n) {
    for (int i = 1; i <= n; i++) {
      s.add(event(DRAWDOWN_REQUESTED, CUSTOMER, dayPrefix + i + "T10:00", "100"));
    }
  }

  @Test
  void lastMonthAgainstTheMonthsBefore() {
    Scenario s = history();

    assertThat(s.feature("drawdown_count_month_to_date", CUSTOMER, AS_OF)).isEqualTo(2);
    assertThat(s.feature("drawdown_count_last_month", CUSTOMER, AS_OF)).isEqualTo(4);
    assertThat(s.feature("drawdown_amount_last_month", CUSTOMER, AS_OF)).isEqualTo(400);
    assertThat(s.feature("drawdown_count_mom_change", CUSTOMER, AS_OF)).isEqualTo(1);
    assertThat(s.feature("drawdown_amount_mom_difference", CUSTOMER, AS_OF)).isEqualTo(200);
    assertThat(s.feature("drawdown_count_last_month_vs_avg_3m", CUSTOMER, AS_OF))
        .isCloseTo(12.0 / 7, within(1e-12));
    assertThat(s.feature("drawdown_count_3m_vs_prior_3m", CUSTOMER, AS_OF)).isEqualTo(1.75);
  }

  @Test
  void consecutiveRisesStopAtTheFirstMonthThatDidNotRise() {
    Scenario s = history();

    // June 4 > May 2 > April 1, and April 1 = March 1
    assertThat(s.feature("drawdown_count_rise_streak_6m", CUSTOMER, AS_OF)).isEqualTo(2);
    assertThat(s.feature("drawdown_count_rise_streak_12m", CUSTOMER, AS_OF)).isEqualTo(2);
    assertThat(s.feature("drawdown_count_fall_streak_6m", CUSTOMER, AS_OF)).isZero();
  }

  @Test
  void consecutiveFalls() {
    Scenario s =
        new Scenario()
            .add(
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-06-10T10:00", "100"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-05-10T10:00", "300"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-04-10T10:00", "500"));

    assertThat(s.feature("drawdown_amount_fall_streak_6m", CUSTOMER, AS_OF)).isEqualTo(2);
    assertThat(s.feature("drawdown_amount_rise_streak_6m", CUSTOMER, AS_OF)).isZero();
  }

  @Test
  void activeMonthsAndVariationOfMonthlyCountsOverTwelveMonths() {
    Scenario s = history();
    double[] months = {4, 2, 1, 1, 0, 3, 0, 0, 0, 0, 1, 1};
    double mean = 13.0 / 12;
    double squares = 0;
    for (double m : months) {
      squares += (m - mean) * (m - mean);
    }

    assertThat(s.feature("drawdown_active_months_12m", CUSTOMER, AS_OF)).isEqualTo(7);
    assertThat(s.feature("drawdown_monthly_count_cv_12m", CUSTOMER, AS_OF))
        .isCloseTo(Math.sqrt(squares / 12) / mean, within(1e-12));
    assertThat(s.feature("drawdown_monthly_amount_cv_12m", CUSTOMER, AS_OF))
        .isCloseTo(Math.sqrt(squares / 12) / mean, within(1e-12));
  }

  @Test
  void noHistoryHasNoTrend() {
    Scenario s = new Scenario();

    assertThat(s.feature("drawdown_count_mom_change", CUSTOMER, AS_OF)).isNaN();
    assertThat(s.feature("drawdown_monthly_count_cv_12m", CUSTOMER, AS_OF)).isNaN();
    assertThat(s.feature("drawdown_count_rise_streak_6m", CUSTOMER, AS_OF)).isZero();
  }

  @Test
  void monthsStartAtLocalMidnight() {
    Scenario s =
        new Scenario()
            .add(
                BehaviourEvent.of(
                    DRAWDOWN_REQUESTED, CUSTOMER, at("2025-07-01T00:00"), Money.of("100")),
                BehaviourEvent.of(
                    DRAWDOWN_REQUESTED,
                    CUSTOMER,
                    at("2025-07-01T00:00").minusMillis(1),
                    Money.of("100")));

    assertThat(s.feature("drawdown_count_month_to_date", CUSTOMER, "2025-07-01T00:00"))
        .isEqualTo(1);
    assertThat(s.feature("drawdown_count_last_month", CUSTOMER, "2025-07-01T00:00")).isEqualTo(1);
  }
}
