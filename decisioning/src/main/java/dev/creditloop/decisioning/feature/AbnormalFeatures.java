package dev.creditloop.decisioning.feature;

import static dev.creditloop.decisioning.feature.Aggregate.DISTINCT_COUNT;
import static dev.creditloop.decisioning.feature.Aggregate.MAX_SPEED_KMH;
import static dev.creditloop.decisioning.feature.Aggregate.MIN_GAP;
import static dev.creditloop.decisioning.feature.Aggregate.MODE_COUNT;
import static dev.creditloop.decisioning.feature.Aggregate.PATH_KM;
import static dev.creditloop.decisioning.feature.StandardSources.DEVICES;
import static dev.creditloop.decisioning.feature.StandardSources.DEVICE_CUSTOMERS;
import static dev.creditloop.decisioning.feature.StandardSources.DEVICE_DRAWDOWNS;
import static dev.creditloop.decisioning.feature.StandardSources.DRAWDOWNS;
import static dev.creditloop.decisioning.feature.StandardSources.LINE_DISBURSEMENTS;
import static dev.creditloop.decisioning.feature.StandardSources.LINE_GRANTS;
import static dev.creditloop.decisioning.feature.StandardSources.LINE_LIMITS;
import static dev.creditloop.decisioning.feature.StandardSources.NIGHT_APP_USE;
import static dev.creditloop.decisioning.feature.StandardSources.NIGHT_DRAWDOWNS;
import static dev.creditloop.decisioning.feature.StandardSources.POSITIONS;
import static dev.creditloop.decisioning.feature.StandardSources.SENSITIVE_DRAWDOWNS;
import static dev.creditloop.decisioning.feature.Theme.ABNORMAL;
import static dev.creditloop.decisioning.feature.Window.days;
import static dev.creditloop.decisioning.feature.Window.hours;
import static dev.creditloop.decisioning.feature.Window.latest;

import java.time.Duration;

/**
 * Abnormal behaviour: sensitive hours and amounts, repeated amounts, bursts, a limit drawn in full
 * right after the grant, impossible travel, shared devices.
 */
final class AbnormalFeatures {

  /** How soon after the grant a full-limit drawdown is suspicious. */
  static final long HOURS_24 = 24 * 3_600_000L;

  private AbnormalFeatures() {}

  static void declare(CatalogueBuilder b) {
    b.number("night_drawdown_count_24h", ABNORMAL, "Drawdown requests 02:00-05:00, 24 hours")
        .count(NIGHT_DRAWDOWNS, hours(24));
    b.number("night_drawdown_count_7d", ABNORMAL, "Drawdown requests 02:00-05:00, 7 days")
        .count(NIGHT_DRAWDOWNS, days(7));
    b.number("night_drawdown_count_30d", ABNORMAL, "Drawdown requests 02:00-05:00, 30 days")
        .count(NIGHT_DRAWDOWNS, days(30));
    b.number(
            "night_drawdown_share_30d",
            ABNORMAL,
            "Share of drawdown requests made 02:00-05:00, 30 days")
        .derived("night_drawdown_count_30d", "drawdown_count_30d", Derived.RATIO);
    b.number("night_app_activity_count_7d", ABNORMAL, "App activity 02:00-05:00, 7 days")
        .count(NIGHT_APP_USE, days(7));
    b.number(
            "sensitive_amount_drawdown_count_24h",
            ABNORMAL,
            "Drawdown requests for a sensitive amount (99, 199, 299, 499, 999, 1999... yuan), 24h")
        .count(SENSITIVE_DRAWDOWNS, hours(24));
    b.number(
            "sensitive_amount_drawdown_count_7d",
            ABNORMAL,
            "Drawdown requests for a sensitive amount, 7 days")
        .count(SENSITIVE_DRAWDOWNS, days(7));
    b.number(
            "same_amount_max_count_24h",
            ABNORMAL,
            "Most drawdown requests for one same amount, 24 hours")
        .aggregate(DRAWDOWNS, MODE_COUNT, hours(24));
    b.number(
            "same_amount_max_count_7d",
            ABNORMAL,
            "Most drawdown requests for one same amount, 7 days")
        .aggregate(DRAWDOWNS, MODE_COUNT, days(7));
    b.number(
            "drawdown_min_gap_minutes_24h",
            ABNORMAL,
            "Shortest time between two drawdown requests in 24 hours, minutes")
        .elapsed(DRAWDOWNS, MIN_GAP, hours(24), Duration.ofMinutes(1));
    b.number(
            "hours_grant_to_full_limit_drawdown",
            ABNORMAL,
            "Hours from the credit line's grant to a disbursed drawdown of at least 95% of the limit"
                + " then in force (temporary limit included) made within 24 hours of the grant,"
                + " if disbursed in the last 30 days; refused requests do not count")
        .as(
            spec ->
                new FullLimitDrawdown(
                    spec, LINE_GRANTS, LINE_DISBURSEMENTS, LINE_LIMITS, days(30), HOURS_24, 95));
    b.number(
            "gps_distance_km_last_two",
            ABNORMAL,
            "Great-circle km between the last two events that carried a position")
        .aggregate(POSITIONS, PATH_KM, latest(2));
    b.number(
            "gps_speed_kmh_last_two",
            ABNORMAL,
            "Speed (km/h) implied by the last two positions; intervals under a minute count as one")
        .aggregate(POSITIONS, MAX_SPEED_KMH, latest(2));
    b.number(
            "gps_max_speed_kmh_24h",
            ABNORMAL,
            "Highest speed (km/h) implied by consecutive positions in 24 hours")
        .aggregate(POSITIONS, MAX_SPEED_KMH, hours(24));
    b.number("gps_path_km_24h", ABNORMAL, "Km travelled along consecutive positions, 24 hours")
        .aggregate(POSITIONS, PATH_KM, hours(24));
    b.number("distinct_device_count_7d", ABNORMAL, "Distinct devices the customer used, 7 days")
        .aggregate(DEVICES, DISTINCT_COUNT, days(7));
    b.number("distinct_device_count_30d", ABNORMAL, "Distinct devices the customer used, 30 days")
        .aggregate(DEVICES, DISTINCT_COUNT, days(30));
    b.number(
            "device_distinct_customer_count_30d",
            ABNORMAL,
            "Distinct customers seen on the request's device, 30 days")
        .aggregate(DEVICE_CUSTOMERS, DISTINCT_COUNT, days(30));
    b.number(
            "device_drawdown_count_24h",
            ABNORMAL,
            "Drawdown requests from the request's device, any customer, 24 hours")
        .count(DEVICE_DRAWDOWNS, hours(24));
  }
}
