package dev.creditloop.decisioning.feature;

import static dev.creditloop.decisioning.event.EventType.CREDIT_GRANTED;
import static dev.creditloop.decisioning.event.EventType.DEVICE_SEEN;
import static dev.creditloop.decisioning.event.EventType.DRAWDOWN_DISBURSED;
import static dev.creditloop.decisioning.event.EventType.DRAWDOWN_REJECTED;
import static dev.creditloop.decisioning.event.EventType.DRAWDOWN_REQUESTED;
import static dev.creditloop.decisioning.event.EventType.GPS_POSITION;
import static dev.creditloop.decisioning.event.EventType.LIMIT_CHANGED;
import static dev.creditloop.decisioning.event.EventType.LOGIN;
import static dev.creditloop.decisioning.feature.Scenario.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.kernel.Money;
import org.junit.jupiter.api.Test;

class AbnormalFeaturesTest {

  private static final long CUSTOMER = 1;
  private static final long LINE = 10;

  @Test
  void fiveDrawdownsInOneDay() {
    Scenario s = new Scenario();
    for (String hour : new String[] {"09", "11", "13", "15", "17"}) {
      s.add(event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T" + hour + ":00", "1000"));
    }

    assertThat(s.feature("drawdown_count_24h", CUSTOMER, "2025-03-10T18:00")).isEqualTo(5);
    assertThat(s.feature("drawdown_count_1h", CUSTOMER, "2025-03-10T18:00")).isZero();
    assertThat(s.feature("drawdown_count_1h", CUSTOMER, "2025-03-10T17:59")).isEqualTo(1);
    assertThat(s.feature("drawdown_min_gap_minutes_24h", CUSTOMER, "2025-03-10T18:00"))
        .isEqualTo(120);
    assertThat(s.feature("same_amount_max_count_24h", CUSTOMER, "2025-03-10T18:00")).isEqualTo(5);
    assertThat(s.feature("drawdown_count_24h", CUSTOMER, "2025-03-11T10:00")).isEqualTo(4);
  }

  @Test
  void sensitiveAmounts99And499And999() {
    Scenario s =
        new Scenario()
            .add(
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T09:00", "99"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T09:05", "499"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T09:10", "999"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T09:15", "1000"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T09:20", "99.50"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-05T09:00", "1999"));

    assertThat(s.feature("sensitive_amount_drawdown_count_24h", CUSTOMER, "2025-03-10T10:00"))
        .isEqualTo(3);
    assertThat(s.feature("sensitive_amount_drawdown_count_7d", CUSTOMER, "2025-03-10T10:00"))
        .isEqualTo(4);
  }

  @Test
  void requestForASensitiveAmountIsFlagged() {
    Scenario s =
        new Scenario()
            .with(RequestInputs.none().with(BehaviourCatalogue.REQUEST_AMOUNT, Money.of("499")));

    assertThat(s.feature("request_amount_is_sensitive", CUSTOMER, "2025-03-10T10:00")).isEqualTo(1);
    s.with(RequestInputs.none().with(BehaviourCatalogue.REQUEST_AMOUNT, Money.of("500")));
    assertThat(s.feature("request_amount_is_sensitive", CUSTOMER, "2025-03-10T10:00")).isZero();
  }

  @Test
  void repeatedEqualAmounts() {
    Scenario s = new Scenario();
    String[] amounts = {"500", "300", "500", "300", "500", "800"};
    for (int i = 0; i < amounts.length; i++) {
      s.add(event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T09:0" + i, amounts[i]));
    }

    assertThat(s.feature("same_amount_max_count_24h", CUSTOMER, "2025-03-10T10:00")).isEqualTo(3);
    assertThat(s.feature("drawdown_amount_mode_90d", CUSTOMER, "2025-03-10T10:00")).isEqualTo(500);
    assertThat(s.feature("drawdown_amount_mode_share_90d", CUSTOMER, "2025-03-10T10:00"))
        .isEqualTo(0.5);
    assertThat(s.feature("drawdown_distinct_amount_count_90d", CUSTOMER, "2025-03-10T10:00"))
        .isEqualTo(3);
  }

  @Test
  void drawdownsBetweenTwoAndFiveAtNightLocalTime() {
    Scenario s =
        new Scenario()
            .add(
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T01:59", "100"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T02:00", "100"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T04:59", "100"),
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T05:00", "100"));

    assertThat(s.feature("night_drawdown_count_24h", CUSTOMER, "2025-03-10T06:00")).isEqualTo(2);
    assertThat(s.feature("night_drawdown_share_30d", CUSTOMER, "2025-03-10T06:00")).isEqualTo(0.5);
    assertThat(s.feature("request_at_night", CUSTOMER, "2025-03-10T06:00")).isZero();
    assertThat(s.feature("request_at_night", CUSTOMER, "2025-03-11T03:00")).isEqualTo(1);
  }

  @Test
  void twoPositionsAThousandKilometresApartInOneHour() {
    double north = Math.toDegrees(1000 / Geo.EARTH_RADIUS_KM);
    Scenario s =
        new Scenario()
            .add(
                event(LOGIN, CUSTOMER, "2025-03-10T10:00").withPosition(30, 120),
                event(GPS_POSITION, CUSTOMER, "2025-03-10T11:00").withPosition(30 + north, 120));

    assertThat(s.feature("gps_distance_km_last_two", CUSTOMER, "2025-03-10T12:00"))
        .isCloseTo(1000, within(1e-6));
    assertThat(s.feature("gps_speed_kmh_last_two", CUSTOMER, "2025-03-10T12:00"))
        .isCloseTo(1000, within(1e-6));
    assertThat(s.feature("gps_max_speed_kmh_24h", CUSTOMER, "2025-03-10T12:00"))
        .isCloseTo(1000, within(1e-6));
    assertThat(s.feature("gps_path_km_24h", CUSTOMER, "2025-03-10T12:00"))
        .isCloseTo(1000, within(1e-6));
  }

  @Test
  void lastTwoPositionsAreKnownLongAfterTheWindowPassed() {
    double north = Math.toDegrees(100 / Geo.EARTH_RADIUS_KM);
    Scenario s =
        new Scenario()
            .add(
                event(LOGIN, CUSTOMER, "2025-01-10T10:00").withPosition(30, 120),
                event(LOGIN, CUSTOMER, "2025-01-10T12:00").withPosition(30 + north, 120));

    assertThat(s.feature("gps_speed_kmh_last_two", CUSTOMER, "2025-03-10T12:00"))
        .isCloseTo(50, within(1e-6));
    assertThat(s.feature("gps_max_speed_kmh_24h", CUSTOMER, "2025-03-10T12:00")).isNaN();
  }

  private static final EntityKeys LINE_KEYS = EntityKeys.customer(CUSTOMER).withCreditLine(LINE);

  private static Scenario grantedAt8(String limit) {
    return new Scenario()
        .add(event(CREDIT_GRANTED, CUSTOMER, "2025-03-10T08:00", limit).withCreditLine(LINE));
  }

  private static double fullLimitRequest(Scenario s, String yuan, String at) {
    return s.with(RequestInputs.none().with(BehaviourCatalogue.REQUEST_AMOUNT, Money.of(yuan)))
        .feature("full_limit_drawdown_within_24h_of_grant", LINE_KEYS, at);
  }

  @Test
  void aRequestForNinetyFivePercentOfTheLimitWithin24HoursOfGrantIsFullLimit() {
    Scenario s = grantedAt8("10000");

    assertThat(fullLimitRequest(s, "9500", "2025-03-10T10:00")).isEqualTo(1);
    assertThat(fullLimitRequest(s, "9499.99", "2025-03-10T10:00")).isZero();
    assertThat(fullLimitRequest(s, "10000", "2025-03-11T08:00")).isEqualTo(1);
    assertThat(fullLimitRequest(s, "10000", "2025-03-11T08:01")).isZero();
  }

  @Test
  void aRefusedFullLimitRequestLeavesNoTraceOnTheNextRequest() {
    Scenario s =
        grantedAt8("10000")
            .add(
                event(DRAWDOWN_REQUESTED, CUSTOMER, "2025-03-10T09:00", "10000")
                    .withCreditLine(LINE),
                event(DRAWDOWN_REJECTED, CUSTOMER, "2025-03-10T09:00", "10000")
                    .withCreditLine(LINE));

    assertThat(fullLimitRequest(s, "3000", "2025-03-10T10:00")).isZero();
    assertThat(s.feature("hours_grant_to_full_limit_drawdown", LINE_KEYS, "2025-03-10T10:00"))
        .isNaN();
  }

  @Test
  void aTemporaryLimitInForceIsTheFullLimit() {
    Scenario s =
        grantedAt8("10000")
            .add(event(LIMIT_CHANGED, CUSTOMER, "2025-03-10T09:00", "15000").withCreditLine(LINE));

    assertThat(fullLimitRequest(s, "11000", "2025-03-10T10:00")).isZero();
    assertThat(fullLimitRequest(s, "14250", "2025-03-10T10:00")).isEqualTo(1);
    // the temporary limit lapses: the permanent limit is the full limit again
    s.add(event(LIMIT_CHANGED, CUSTOMER, "2025-03-10T12:00", "10000").withCreditLine(LINE));
    assertThat(fullLimitRequest(s, "9500", "2025-03-10T13:00")).isEqualTo(1);
  }

  @Test
  void aDisbursedFullLimitDrawdownIsRememberedFor30Days() {
    Scenario s =
        grantedAt8("10000")
            .add(
                event(DRAWDOWN_DISBURSED, CUSTOMER, "2025-03-10T09:00", "500").withCreditLine(LINE),
                event(DRAWDOWN_DISBURSED, CUSTOMER, "2025-03-10T10:00", "9500")
                    .withCreditLine(LINE));

    assertThat(s.feature("hours_grant_to_full_limit_drawdown", LINE_KEYS, "2025-03-10T11:00"))
        .isEqualTo(2);
    assertThat(s.feature("hours_grant_to_full_limit_drawdown", LINE_KEYS, "2025-04-09T09:59"))
        .isEqualTo(2);
    assertThat(s.feature("hours_grant_to_full_limit_drawdown", LINE_KEYS, "2025-04-09T10:00"))
        .isNaN();
  }

  @Test
  void aDisbursementBelowTheLimitInForceOrLaterThan24HoursIsNotFullLimit() {
    Scenario s =
        grantedAt8("10000")
            .add(
                event(LIMIT_CHANGED, CUSTOMER, "2025-03-10T08:30", "15000").withCreditLine(LINE),
                event(DRAWDOWN_DISBURSED, CUSTOMER, "2025-03-10T09:00", "11000")
                    .withCreditLine(LINE),
                event(DRAWDOWN_DISBURSED, CUSTOMER, "2025-03-12T09:00", "15000")
                    .withCreditLine(LINE));

    assertThat(s.feature("hours_grant_to_full_limit_drawdown", LINE_KEYS, "2025-03-12T10:00"))
        .isNaN();
  }

  @Test
  void requestWithoutACreditLineHasNoLineFeatures() {
    Scenario s =
        new Scenario()
            .add(event(CREDIT_GRANTED, CUSTOMER, "2025-03-10T08:00", "10000").withCreditLine(LINE));

    assertThat(s.feature("hours_grant_to_full_limit_drawdown", CUSTOMER, "2025-03-10T11:00"))
        .isNaN();
    assertThat(s.feature("full_limit_drawdown_within_24h_of_grant", CUSTOMER, "2025-03-10T11:00"))
        .isZero();
    assertThat(s.feature("credit_limit", CUSTOMER, "2025-03-10T11:00")).isNaN();
  }

  @Test
  void devicesSharedAcrossCustomers() {
    Scenario s =
        new Scenario()
            .add(
                event(LOGIN, 1, "2025-03-01T10:00").withDevice("d1"),
                event(LOGIN, 1, "2025-03-09T10:00").withDevice("d2"),
                event(DEVICE_SEEN, 1, "2025-03-10T10:00").withDevice("d1"),
                event(LOGIN, 2, "2025-03-10T10:00").withDevice("d1"),
                event(DRAWDOWN_REQUESTED, 3, "2025-03-10T10:30", "100").withDevice("d1"));
    EntityKeys keys = EntityKeys.customer(1).withDevice("d1");

    assertThat(s.feature("distinct_device_count_7d", keys, "2025-03-10T11:00")).isEqualTo(2);
    assertThat(s.feature("distinct_device_count_30d", keys, "2025-03-10T11:00")).isEqualTo(2);
    assertThat(s.feature("device_distinct_customer_count_30d", keys, "2025-03-10T11:00"))
        .isEqualTo(3);
    assertThat(s.feature("device_drawdown_count_24h", keys, "2025-03-10T11:00")).isEqualTo(1);
  }
}
