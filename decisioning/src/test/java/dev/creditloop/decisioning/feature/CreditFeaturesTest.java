package dev.creditloop.decisioning.feature;

import static dev.creditloop.decisioning.event.EventType.CREDIT_GRANTED;
import static dev.creditloop.decisioning.event.EventType.DRAWDOWN_DISBURSED;
import static dev.creditloop.decisioning.event.EventType.INSTALLMENT_OVERDUE;
import static dev.creditloop.decisioning.event.EventType.LIMIT_CHANGED;
import static dev.creditloop.decisioning.event.EventType.PAYMENT_FAILED;
import static dev.creditloop.decisioning.event.EventType.REPAYMENT;
import static dev.creditloop.decisioning.feature.Scenario.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.kernel.Money;
import org.junit.jupiter.api.Test;

class CreditFeaturesTest {

  private static final long CUSTOMER = 1;
  private static final long LINE = 10;
  private static final EntityKeys KEYS = EntityKeys.customer(CUSTOMER).withCreditLine(LINE);

  /** Granted 10,000; drew 4,000; repaid 1,000 principal; limit cut to 8,000. */
  private static Scenario line() {
    return new Scenario()
        .add(
            event(CREDIT_GRANTED, CUSTOMER, "2025-01-01T10:00", "10000").withCreditLine(LINE),
            event(DRAWDOWN_DISBURSED, CUSTOMER, "2025-01-02T10:00", "4000").withCreditLine(LINE),
            event(REPAYMENT, CUSTOMER, "2025-01-11T10:00", "1100")
                .withCreditLine(LINE)
                .withAttribute(BehaviourEvent.PRINCIPAL, "1000.00"),
            event(LIMIT_CHANGED, CUSTOMER, "2025-01-21T10:00", "8000").withCreditLine(LINE));
  }

  @Test
  void outstandingIsDisbursedMinusRepaidPrincipal() {
    Scenario s = line();
    String asOf = "2025-01-31T10:00";

    assertThat(s.feature("credit_limit", KEYS, asOf)).isEqualTo(8000);
    assertThat(s.feature("outstanding_amount", KEYS, asOf)).isEqualTo(3000);
    assertThat(s.feature("available_amount", KEYS, asOf)).isEqualTo(5000);
    assertThat(s.feature("utilisation", KEYS, asOf)).isEqualTo(0.375);
    assertThat(s.feature("limit_change_count_365d", KEYS, asOf)).isEqualTo(1);
    assertThat(s.feature("days_since_last_limit_change", KEYS, asOf)).isEqualTo(10);
  }

  @Test
  void utilisationPeakCountsEveryLevelInTheWindow() {
    // 0 after the grant, 0.4 after the drawdown, 0.3 after the repayment, 0.375 after the cut
    assertThat(line().feature("utilisation_max_90d", KEYS, "2025-01-31T10:00")).isEqualTo(0.4);
  }

  @Test
  void utilisationPeakCountsTheLevelInForceWhenTheWindowOpened() {
    assertThat(line().feature("utilisation_max_90d", KEYS, "2025-07-31T10:00")).isEqualTo(0.375);
  }

  @Test
  void utilisationIsMissingWithoutALimit() {
    Scenario s =
        new Scenario()
            .add(
                event(DRAWDOWN_DISBURSED, CUSTOMER, "2025-01-02T10:00", "4000")
                    .withCreditLine(LINE));

    assertThat(s.feature("utilisation", KEYS, "2025-01-03T10:00")).isNaN();
    assertThat(s.feature("utilisation_max_90d", KEYS, "2025-01-03T10:00")).isNaN();
  }

  @Test
  void tenureOfTheCreditLine() {
    Scenario s = line();
    String asOf = "2025-01-31T10:00";

    assertThat(s.feature("days_since_grant", KEYS, asOf)).isEqualTo(30);
    assertThat(s.feature("days_grant_to_first_drawdown", KEYS, asOf)).isEqualTo(1);
    assertThat(s.feature("is_first_drawdown", KEYS, asOf)).isZero();
    assertThat(
            s.feature("is_first_drawdown", EntityKeys.customer(CUSTOMER).withCreditLine(11), asOf))
        .isEqualTo(1);
    assertThat(s.feature("days_since_last_drawdown", KEYS, asOf)).isEqualTo(29);
  }

  @Test
  void requestAmountAgainstTheLine() {
    Scenario s =
        line()
            .with(
                RequestInputs.none()
                    .with(BehaviourCatalogue.REQUEST_AMOUNT, Money.of("2500"))
                    .with(BehaviourCatalogue.REQUEST_TERM_MONTHS, 6));
    String asOf = "2025-01-31T10:00";

    assertThat(s.feature("request_amount", KEYS, asOf)).isEqualTo(2500);
    assertThat(s.feature("request_term_months", KEYS, asOf)).isEqualTo(6);
    assertThat(s.feature("request_amount_to_available", KEYS, asOf)).isEqualTo(0.5);
    assertThat(s.feature("request_amount_to_limit", KEYS, asOf)).isEqualTo(0.3125);
    assertThat(s.feature("request_hour", KEYS, asOf)).isEqualTo(10);
  }

  @Test
  void repaymentBehaviour() {
    long customer = 2;
    Scenario s =
        new Scenario()
            .add(
                event(REPAYMENT, customer, "2025-01-11T10:00", "500"),
                event(INSTALLMENT_OVERDUE, customer, "2025-02-10T10:00")
                    .withAttribute(BehaviourEvent.DAYS_PAST_DUE, "5"),
                event(REPAYMENT, customer, "2025-02-15T10:00", "500")
                    .withAttribute(BehaviourEvent.DAYS_PAST_DUE, "7"),
                event(REPAYMENT, customer, "2025-03-01T10:00", "500"),
                event(PAYMENT_FAILED, customer, "2025-03-02T10:00"));
    String asOf = "2025-03-11T10:00";

    assertThat(s.feature("max_dpd_90d", customer, asOf)).isEqualTo(7);
    assertThat(s.feature("overdue_count_90d", customer, asOf)).isEqualTo(1);
    assertThat(s.feature("late_repayment_count_365d", customer, asOf)).isEqualTo(1);
    assertThat(s.feature("repayment_count_90d", customer, asOf)).isEqualTo(3);
    assertThat(s.feature("on_time_repayment_ratio_90d", customer, asOf))
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.feature("avg_dpd_at_repayment_365d", customer, asOf))
        .isCloseTo(7.0 / 3, within(1e-12));
    assertThat(s.feature("payment_failed_count_30d", customer, asOf)).isEqualTo(1);
    assertThat(s.feature("payment_failed_count_7d", customer, asOf)).isZero();
    assertThat(s.feature("days_since_last_repayment", customer, asOf)).isEqualTo(10);
    assertThat(s.feature("days_since_last_overdue", customer, asOf)).isEqualTo(29);
    assertThat(s.feature("max_dpd_90d", customer, "2025-06-01T10:00")).isZero();
    assertThat(s.feature("max_dpd_180d", customer, "2025-06-01T10:00")).isEqualTo(7);
  }

  @Test
  void explicitOnTimeAttributeWinsOverDaysPastDue() {
    long customer = 2;
    Scenario s =
        new Scenario()
            .add(
                event(REPAYMENT, customer, "2025-01-11T10:00", "500")
                    .withAttribute(BehaviourEvent.DAYS_PAST_DUE, "2")
                    .withAttribute(BehaviourEvent.ON_TIME, "true"));

    assertThat(s.feature("on_time_repayment_ratio_90d", customer, "2025-01-12T10:00")).isEqualTo(1);
  }
}
