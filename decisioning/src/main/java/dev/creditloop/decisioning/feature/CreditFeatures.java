package dev.creditloop.decisioning.feature;

import static dev.creditloop.decisioning.feature.Aggregate.AVG;
import static dev.creditloop.decisioning.feature.Aggregate.LAST;
import static dev.creditloop.decisioning.feature.Aggregate.MAX;
import static dev.creditloop.decisioning.feature.Aggregate.TIME_SINCE_FIRST;
import static dev.creditloop.decisioning.feature.Aggregate.TIME_SINCE_LAST;
import static dev.creditloop.decisioning.feature.StandardSources.APP_USE;
import static dev.creditloop.decisioning.feature.StandardSources.DAYS_PAST_DUE;
import static dev.creditloop.decisioning.feature.StandardSources.DISBURSEMENTS;
import static dev.creditloop.decisioning.feature.StandardSources.DRAWDOWNS;
import static dev.creditloop.decisioning.feature.StandardSources.GRANTS;
import static dev.creditloop.decisioning.feature.StandardSources.LATE_REPAYMENTS;
import static dev.creditloop.decisioning.feature.StandardSources.LINE_DISBURSEMENTS;
import static dev.creditloop.decisioning.feature.StandardSources.LINE_GRANTS;
import static dev.creditloop.decisioning.feature.StandardSources.LINE_LIMITS;
import static dev.creditloop.decisioning.feature.StandardSources.LINE_LIMIT_CHANGES;
import static dev.creditloop.decisioning.feature.StandardSources.LINE_REPAID_PRINCIPAL;
import static dev.creditloop.decisioning.feature.StandardSources.LOGINS;
import static dev.creditloop.decisioning.feature.StandardSources.ON_TIME_REPAYMENTS;
import static dev.creditloop.decisioning.feature.StandardSources.OVERDUES;
import static dev.creditloop.decisioning.feature.StandardSources.PAYMENT_FAILURES;
import static dev.creditloop.decisioning.feature.StandardSources.REPAYMENTS;
import static dev.creditloop.decisioning.feature.StandardSources.REPAYMENT_DAYS_PAST_DUE;
import static dev.creditloop.decisioning.feature.StandardSources.SENSITIVE_AMOUNTS_YUAN;
import static dev.creditloop.decisioning.feature.Theme.LIMIT_USAGE;
import static dev.creditloop.decisioning.feature.Theme.REPAYMENT;
import static dev.creditloop.decisioning.feature.Theme.REQUEST;
import static dev.creditloop.decisioning.feature.Theme.TENURE;
import static dev.creditloop.decisioning.feature.Window.allTime;
import static dev.creditloop.decisioning.feature.Window.days;

import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Repayment behaviour, limit usage of the credit line, tenure, and the request being decided. Limit
 * usage reads the credit line the request names.
 */
final class CreditFeatures {

  private static final Duration DAY = Duration.ofDays(1);

  private CreditFeatures() {}

  static void declare(CatalogueBuilder b) {
    repayment(b);
    limitUsage(b);
    tenure(b);
    request(b);
  }

  private static void repayment(CatalogueBuilder b) {
    b.number("max_dpd_90d", REPAYMENT, "Most days past due seen in 90 days (0 if none)")
        .aggregate(DAYS_PAST_DUE, MAX, days(90), 0);
    b.number("max_dpd_180d", REPAYMENT, "Most days past due seen in 180 days (0 if none)")
        .aggregate(DAYS_PAST_DUE, MAX, days(180), 0);
    b.number("max_dpd_365d", REPAYMENT, "Most days past due seen in 365 days (0 if none)")
        .aggregate(DAYS_PAST_DUE, MAX, days(365), 0);
    b.number("overdue_count_90d", REPAYMENT, "Instalments that became overdue, 90 days")
        .count(OVERDUES, days(90));
    b.number("overdue_count_365d", REPAYMENT, "Instalments that became overdue, 365 days")
        .count(OVERDUES, days(365));
    b.number("late_repayment_count_365d", REPAYMENT, "Repayments made late, 365 days")
        .count(LATE_REPAYMENTS, days(365));
    b.number("avg_dpd_at_repayment_365d", REPAYMENT, "Mean days past due at repayment, 365 days")
        .aggregate(REPAYMENT_DAYS_PAST_DUE, AVG, days(365));
    b.number("repayment_count_90d", REPAYMENT, "Repayments, 90 days").count(REPAYMENTS, days(90));
    b.number("repayment_count_365d", REPAYMENT, "Repayments, 365 days")
        .count(REPAYMENTS, days(365));
    b.number("on_time_repayment_count_90d", REPAYMENT, "Repayments made on time, 90 days")
        .count(ON_TIME_REPAYMENTS, days(90));
    b.number("on_time_repayment_count_365d", REPAYMENT, "Repayments made on time, 365 days")
        .count(ON_TIME_REPAYMENTS, days(365));
    b.number(
            "on_time_repayment_ratio_90d",
            REPAYMENT,
            "Share of repayments made on time, 90 days; missing without repayments")
        .derived("on_time_repayment_count_90d", "repayment_count_90d", Derived.RATIO);
    b.number(
            "on_time_repayment_ratio_365d",
            REPAYMENT,
            "Share of repayments made on time, 365 days; missing without repayments")
        .derived("on_time_repayment_count_365d", "repayment_count_365d", Derived.RATIO);
    b.number("payment_failed_count_7d", REPAYMENT, "Failed collection attempts, 7 days")
        .count(PAYMENT_FAILURES, days(7));
    b.number("payment_failed_count_30d", REPAYMENT, "Failed collection attempts, 30 days")
        .count(PAYMENT_FAILURES, days(30));
    b.number("days_since_last_repayment", REPAYMENT, "Days since the latest repayment")
        .elapsed(REPAYMENTS, TIME_SINCE_LAST, allTime(), DAY);
    b.number("days_since_last_overdue", REPAYMENT, "Days since an instalment last became overdue")
        .elapsed(OVERDUES, TIME_SINCE_LAST, allTime(), DAY);
  }

  private static void limitUsage(CatalogueBuilder b) {
    b.number("credit_limit", LIMIT_USAGE, "The credit line's current limit, yuan")
        .aggregate(LINE_LIMITS, LAST, allTime());
    b.number("line_disbursed_amount_ever", LIMIT_USAGE, "Yuan ever disbursed on the credit line")
        .sum(LINE_DISBURSEMENTS, allTime());
    b.number(
            "line_repaid_principal_ever",
            LIMIT_USAGE,
            "Principal (yuan) ever repaid on the credit line")
        .sum(LINE_REPAID_PRINCIPAL, allTime());
    b.number(
            "outstanding_amount",
            LIMIT_USAGE,
            "Principal outstanding on the credit line: disbursed minus repaid principal, yuan")
        .derived("line_disbursed_amount_ever", "line_repaid_principal_ever", Derived.DIFFERENCE);
    b.number(
            "available_amount",
            LIMIT_USAGE,
            "Limit minus outstanding principal on the credit line, yuan")
        .derived("credit_limit", "outstanding_amount", Derived.DIFFERENCE);
    b.number(
            "utilisation",
            LIMIT_USAGE,
            "Outstanding principal over the credit line's limit; missing without a limit")
        .derived("outstanding_amount", "credit_limit", Derived.RATIO);
    b.number(
            "utilisation_max_90d",
            LIMIT_USAGE,
            "Highest utilisation of the credit line in 90 days, counting the level 90 days ago")
        .as(
            spec ->
                new UtilisationPeak(
                    spec, LINE_DISBURSEMENTS, LINE_REPAID_PRINCIPAL, LINE_LIMITS, days(90)));
    b.number("limit_change_count_365d", LIMIT_USAGE, "Limit changes on the credit line, 365 days")
        .count(LINE_LIMIT_CHANGES, days(365));
    b.number(
            "days_since_last_limit_change",
            LIMIT_USAGE,
            "Days since the credit line's limit last changed")
        .elapsed(LINE_LIMIT_CHANGES, TIME_SINCE_LAST, allTime(), DAY);
  }

  private static void tenure(CatalogueBuilder b) {
    b.number("days_since_first_grant", TENURE, "Days since the customer's first credit grant")
        .elapsed(GRANTS, TIME_SINCE_FIRST, allTime(), DAY);
    b.number("credit_grant_count", TENURE, "Credit grants the customer ever received")
        .count(GRANTS, allTime());
    b.number("days_since_grant", TENURE, "Days since the credit line was granted")
        .elapsed(LINE_GRANTS, TIME_SINCE_FIRST, allTime(), DAY);
    b.number(
            "line_days_since_first_drawdown",
            TENURE,
            "Days since the credit line's first disbursed drawdown")
        .elapsed(LINE_DISBURSEMENTS, TIME_SINCE_FIRST, allTime(), DAY);
    b.number(
            "days_grant_to_first_drawdown",
            TENURE,
            "Days from the credit line's grant to its first disbursed drawdown")
        .derived("days_since_grant", "line_days_since_first_drawdown", Derived.DIFFERENCE);
    b.number("line_drawdown_count_ever", TENURE, "Drawdowns ever disbursed on the credit line")
        .count(LINE_DISBURSEMENTS, allTime());
    b.flag(
            "is_first_drawdown",
            TENURE,
            "Nothing was ever disbursed on the credit line: this request would be its first")
        .derived("line_drawdown_count_ever", Derived.IS_ZERO);
    b.number("days_since_first_drawdown", TENURE, "Days since the customer's first disbursement")
        .elapsed(DISBURSEMENTS, TIME_SINCE_FIRST, allTime(), DAY);
    b.number("days_since_last_drawdown", TENURE, "Days since the customer's latest disbursement")
        .elapsed(DISBURSEMENTS, TIME_SINCE_LAST, allTime(), DAY);
    b.number(
            "days_since_last_drawdown_request",
            TENURE,
            "Days since the customer's latest drawdown request")
        .elapsed(DRAWDOWNS, TIME_SINCE_LAST, allTime(), DAY);
    b.number("days_since_last_login", TENURE, "Days since the customer's latest login")
        .elapsed(LOGINS, TIME_SINCE_LAST, allTime(), DAY);
    b.number("days_since_last_app_activity", TENURE, "Days since the latest app activity")
        .elapsed(APP_USE, TIME_SINCE_LAST, allTime(), DAY);
  }

  private static void request(CatalogueBuilder b) {
    b.number(BehaviourCatalogue.REQUEST_AMOUNT, REQUEST, "Yuan asked for, supplied by the caller")
        .requestInput();
    b.number(
            BehaviourCatalogue.REQUEST_TERM_MONTHS,
            REQUEST,
            "Term asked for in months, supplied by the caller")
        .requestInput();
    b.number(
            BehaviourCatalogue.CURRENT_DPD,
            REQUEST,
            "Days past due today on the customer's open loans (the largest), supplied by the ledger")
        .requestInput();
    b.number("request_hour", REQUEST, "Local hour (0-23) of the as-of instant, the request's time")
        .as(AsOfHour::new);
    b.flag("request_at_night", REQUEST, "The request is made between 02:00 and 05:00 local time")
        .derived("request_hour", Derived.within(2, 5));
    b.flag(
            "request_amount_is_sensitive",
            REQUEST,
            "The amount asked for is a sensitive amount (99, 199, 499, 999... yuan)")
        .derived(
            BehaviourCatalogue.REQUEST_AMOUNT,
            Derived.oneOf(
                SENSITIVE_AMOUNTS_YUAN.stream()
                    .map(Long::doubleValue)
                    .collect(Collectors.toSet())));
    b.number(
            "request_amount_to_available",
            REQUEST,
            "Amount asked for over the credit line's available amount")
        .derived(BehaviourCatalogue.REQUEST_AMOUNT, "available_amount", Derived.RATIO);
    b.number("request_amount_to_limit", REQUEST, "Amount asked for over the credit line's limit")
        .derived(BehaviourCatalogue.REQUEST_AMOUNT, "credit_limit", Derived.RATIO);
    b.flag(
            "full_limit_drawdown_within_24h_of_grant",
            Theme.ABNORMAL,
            "This request asks for at least 95% of the credit line's full limit (the limit in force,"
                + " a temporary limit included) within 24 hours of the grant; about this request only")
        .as(
            spec ->
                new FullLimitRequest(
                    spec,
                    BehaviourCatalogue.REQUEST_AMOUNT,
                    "credit_limit",
                    LINE_GRANTS,
                    AbnormalFeatures.HOURS_24,
                    95));
    b.number(
            "request_amount_to_avg_drawdown_90d",
            REQUEST,
            "Amount asked for over the mean drawdown request of 90 days")
        .derived(BehaviourCatalogue.REQUEST_AMOUNT, "drawdown_amount_avg_90d", Derived.RATIO);
  }
}
