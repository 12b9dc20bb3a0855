package dev.creditloop.decisioning.feature;

import static dev.creditloop.decisioning.feature.Aggregate.AVG;
import static dev.creditloop.decisioning.feature.Aggregate.CV;
import static dev.creditloop.decisioning.feature.Aggregate.DISTINCT_COUNT;
import static dev.creditloop.decisioning.feature.Aggregate.FIRST;
import static dev.creditloop.decisioning.feature.Aggregate.IQR;
import static dev.creditloop.decisioning.feature.Aggregate.LAST;
import static dev.creditloop.decisioning.feature.Aggregate.MAX;
import static dev.creditloop.decisioning.feature.Aggregate.MEAN_MINUS_MEDIAN;
import static dev.creditloop.decisioning.feature.Aggregate.MEDIAN;
import static dev.creditloop.decisioning.feature.Aggregate.MIN;
import static dev.creditloop.decisioning.feature.Aggregate.MODE;
import static dev.creditloop.decisioning.feature.Aggregate.MODE_COUNT;
import static dev.creditloop.decisioning.feature.Aggregate.STD;
import static dev.creditloop.decisioning.feature.MonthlyTrend.Trend.CV_OF_MONTHS;
import static dev.creditloop.decisioning.feature.StandardSources.DRAWDOWNS;
import static dev.creditloop.decisioning.feature.StandardSources.REPAYMENTS;
import static dev.creditloop.decisioning.feature.Theme.CONCENTRATION;
import static dev.creditloop.decisioning.feature.Theme.DISPERSION;
import static dev.creditloop.decisioning.feature.Window.allTime;
import static dev.creditloop.decisioning.feature.Window.days;

/** Concentration (where amounts sit) and dispersion (how they spread) of drawdown amounts. */
final class AmountFeatures {

  private AmountFeatures() {}

  static void declare(CatalogueBuilder b) {
    concentration(b);
    dispersion(b);
  }

  private static void concentration(CatalogueBuilder b) {
    b.number("drawdown_amount_avg_30d", CONCENTRATION, "Mean yuan per drawdown request, 30 days")
        .aggregate(DRAWDOWNS, AVG, days(30));
    b.number("drawdown_amount_avg_90d", CONCENTRATION, "Mean yuan per drawdown request, 90 days")
        .aggregate(DRAWDOWNS, AVG, days(90));
    b.number("drawdown_amount_avg_365d", CONCENTRATION, "Mean yuan per drawdown request, 365 days")
        .aggregate(DRAWDOWNS, AVG, days(365));
    b.number("drawdown_amount_median_90d", CONCENTRATION, "Median drawdown request, 90 days")
        .aggregate(DRAWDOWNS, MEDIAN, days(90));
    b.number("drawdown_amount_median_365d", CONCENTRATION, "Median drawdown request, 365 days")
        .aggregate(DRAWDOWNS, MEDIAN, days(365));
    b.number(
            "drawdown_amount_mode_90d",
            CONCENTRATION,
            "Most frequent drawdown request amount (smallest on a tie), 90 days")
        .aggregate(DRAWDOWNS, MODE, days(90));
    b.number(
            "drawdown_amount_mode_count_90d",
            CONCENTRATION,
            "How many drawdown requests share the most frequent amount, 90 days")
        .aggregate(DRAWDOWNS, MODE_COUNT, days(90));
    b.number(
            "drawdown_amount_mode_share_90d",
            CONCENTRATION,
            "Share of drawdown requests at the most frequent amount, 90 days")
        .derived("drawdown_amount_mode_count_90d", "drawdown_count_90d", Derived.RATIO);
    b.number("drawdown_amount_p25_90d", CONCENTRATION, "25th percentile of requests, 90 days")
        .quantile(DRAWDOWNS, 0.25, days(90));
    b.number("drawdown_amount_p75_90d", CONCENTRATION, "75th percentile of requests, 90 days")
        .quantile(DRAWDOWNS, 0.75, days(90));
    b.number("drawdown_amount_p90_365d", CONCENTRATION, "90th percentile of requests, 365 days")
        .quantile(DRAWDOWNS, 0.9, days(365));
    b.number(
            "drawdown_amount_mean_minus_median_90d",
            CONCENTRATION,
            "Mean minus median drawdown request, 90 days: positive when a few large ones pull up")
        .aggregate(DRAWDOWNS, MEAN_MINUS_MEDIAN, days(90));
    b.number(
            "drawdown_amount_mean_minus_median_365d",
            CONCENTRATION,
            "Mean minus median drawdown request, 365 days")
        .aggregate(DRAWDOWNS, MEAN_MINUS_MEDIAN, days(365));
    b.number("drawdown_amount_min_90d", CONCENTRATION, "Smallest drawdown request, 90 days")
        .aggregate(DRAWDOWNS, MIN, days(90));
    b.number("drawdown_amount_max_30d", CONCENTRATION, "Largest drawdown request, 30 days")
        .aggregate(DRAWDOWNS, MAX, days(30));
    b.number("drawdown_amount_max_90d", CONCENTRATION, "Largest drawdown request, 90 days")
        .aggregate(DRAWDOWNS, MAX, days(90));
    b.number(
            "drawdown_amount_max_to_avg_90d",
            CONCENTRATION,
            "Largest over mean drawdown request, 90 days")
        .derived("drawdown_amount_max_90d", "drawdown_amount_avg_90d", Derived.RATIO);
    b.number("first_drawdown_amount", CONCENTRATION, "Yuan asked in the first drawdown request")
        .aggregate(DRAWDOWNS, FIRST, allTime());
    b.number("last_drawdown_amount", CONCENTRATION, "Yuan asked in the latest drawdown request")
        .aggregate(DRAWDOWNS, LAST, allTime());
    b.number("repayment_amount_avg_90d", CONCENTRATION, "Mean yuan per repayment, 90 days")
        .aggregate(REPAYMENTS, AVG, days(90));
  }

  private static void dispersion(CatalogueBuilder b) {
    b.number("drawdown_amount_std_90d", DISPERSION, "Std deviation of requests (yuan), 90 days")
        .aggregate(DRAWDOWNS, STD, days(90));
    b.number("drawdown_amount_std_365d", DISPERSION, "Std deviation of requests (yuan), 365 days")
        .aggregate(DRAWDOWNS, STD, days(365));
    b.number("drawdown_amount_cv_30d", DISPERSION, "Coefficient of variation of requests, 30 days")
        .aggregate(DRAWDOWNS, CV, days(30));
    b.number("drawdown_amount_cv_90d", DISPERSION, "Coefficient of variation of requests, 90 days")
        .aggregate(DRAWDOWNS, CV, days(90));
    b.number(
            "drawdown_amount_cv_365d", DISPERSION, "Coefficient of variation of requests, 365 days")
        .aggregate(DRAWDOWNS, CV, days(365));
    b.number("drawdown_amount_iqr_90d", DISPERSION, "Inter-quartile range of requests, 90 days")
        .aggregate(DRAWDOWNS, IQR, days(90));
    b.number("drawdown_amount_iqr_365d", DISPERSION, "Inter-quartile range of requests, 365 days")
        .aggregate(DRAWDOWNS, IQR, days(365));
    b.number(
            "drawdown_distinct_amount_count_90d",
            DISPERSION,
            "Distinct drawdown request amounts, 90 days")
        .aggregate(DRAWDOWNS, DISTINCT_COUNT, days(90));
    b.number(
            "drawdown_monthly_count_cv_12m",
            DISPERSION,
            "Coefficient of variation of monthly drawdown request counts, last 12 complete months")
        .monthlyCount(DRAWDOWNS, CV_OF_MONTHS, 12);
    b.number(
            "drawdown_monthly_amount_cv_12m",
            DISPERSION,
            "Coefficient of variation of monthly yuan requested, last 12 complete months")
        .monthlySum(DRAWDOWNS, CV_OF_MONTHS, 12);
  }
}
