package dev.creditloop.decisioning.feature;

import static dev.creditloop.decisioning.feature.MonthlyTrend.Trend.ACTIVE_MONTHS;
import static dev.creditloop.decisioning.feature.MonthlyTrend.Trend.DECREASE_STREAK;
import static dev.creditloop.decisioning.feature.MonthlyTrend.Trend.DIFFERENCE;
import static dev.creditloop.decisioning.feature.MonthlyTrend.Trend.INCREASE_STREAK;
import static dev.creditloop.decisioning.feature.MonthlyTrend.Trend.LAST_VS_MEAN;
import static dev.creditloop.decisioning.feature.MonthlyTrend.Trend.MOM_CHANGE;
import static dev.creditloop.decisioning.feature.MonthlyTrend.Trend.MONTH;
import static dev.creditloop.decisioning.feature.MonthlyTrend.Trend.RECENT_VS_PRIOR;
import static dev.creditloop.decisioning.feature.StandardSources.APPROVALS;
import static dev.creditloop.decisioning.feature.StandardSources.APP_USE;
import static dev.creditloop.decisioning.feature.StandardSources.DISBURSEMENTS;
import static dev.creditloop.decisioning.feature.StandardSources.DRAWDOWNS;
import static dev.creditloop.decisioning.feature.StandardSources.LOGINS;
import static dev.creditloop.decisioning.feature.StandardSources.REJECTIONS;
import static dev.creditloop.decisioning.feature.StandardSources.REPAYMENTS;
import static dev.creditloop.decisioning.feature.Theme.TREND;
import static dev.creditloop.decisioning.feature.Theme.VOLUME;
import static dev.creditloop.decisioning.feature.Window.allTime;
import static dev.creditloop.decisioning.feature.Window.days;
import static dev.creditloop.decisioning.feature.Window.hours;

/** Volume (counts and amounts over windows) and trend (month against month) features. */
final class ActivityFeatures {

  private ActivityFeatures() {}

  static void declare(CatalogueBuilder b) {
    volume(b);
    trend(b);
  }

  private static void volume(CatalogueBuilder b) {
    b.number("drawdown_count_1h", VOLUME, "Drawdown requests in the last hour")
        .count(DRAWDOWNS, hours(1));
    b.number("drawdown_count_24h", VOLUME, "Drawdown requests in the last 24 hours")
        .count(DRAWDOWNS, hours(24));
    b.number("drawdown_count_7d", VOLUME, "Drawdown requests in the last 7 days")
        .count(DRAWDOWNS, days(7));
    b.number("drawdown_count_30d", VOLUME, "Drawdown requests in the last 30 days")
        .count(DRAWDOWNS, days(30));
    b.number("drawdown_count_90d", VOLUME, "Drawdown requests in the last 90 days")
        .count(DRAWDOWNS, days(90));
    b.number("drawdown_count_365d", VOLUME, "Drawdown requests in the last 365 days")
        .count(DRAWDOWNS, days(365));
    b.number("drawdown_count_ever", VOLUME, "Drawdown requests ever made")
        .count(DRAWDOWNS, allTime());
    b.number("drawdown_amount_sum_24h", VOLUME, "Yuan requested in the last 24 hours")
        .sum(DRAWDOWNS, hours(24));
    b.number("drawdown_amount_sum_7d", VOLUME, "Yuan requested in the last 7 days")
        .sum(DRAWDOWNS, days(7));
    b.number("drawdown_amount_sum_30d", VOLUME, "Yuan requested in the last 30 days")
        .sum(DRAWDOWNS, days(30));
    b.number("drawdown_amount_sum_90d", VOLUME, "Yuan requested in the last 90 days")
        .sum(DRAWDOWNS, days(90));
    b.number("drawdown_amount_sum_365d", VOLUME, "Yuan requested in the last 365 days")
        .sum(DRAWDOWNS, days(365));
    b.number("drawdown_approved_count_30d", VOLUME, "Drawdowns approved in the last 30 days")
        .count(APPROVALS, days(30));
    b.number("drawdown_rejected_count_7d", VOLUME, "Drawdowns rejected in the last 7 days")
        .count(REJECTIONS, days(7));
    b.number("drawdown_rejected_count_30d", VOLUME, "Drawdowns rejected in the last 30 days")
        .count(REJECTIONS, days(30));
    b.number(
            "drawdown_reject_share_30d",
            VOLUME,
            "Rejected among decided drawdowns in the last 30 days; missing if none was decided")
        .derived("drawdown_rejected_count_30d", "drawdown_approved_count_30d", Derived.SHARE);
    b.number("disbursed_count_30d", VOLUME, "Drawdowns disbursed in the last 30 days")
        .count(DISBURSEMENTS, days(30));
    b.number("disbursed_amount_sum_30d", VOLUME, "Yuan disbursed in the last 30 days")
        .sum(DISBURSEMENTS, days(30));
    b.number("disbursed_amount_sum_90d", VOLUME, "Yuan disbursed in the last 90 days")
        .sum(DISBURSEMENTS, days(90));
    b.number("repayment_count_30d", VOLUME, "Repayments in the last 30 days")
        .count(REPAYMENTS, days(30));
    b.number("repayment_amount_sum_30d", VOLUME, "Yuan repaid in the last 30 days")
        .sum(REPAYMENTS, days(30));
    b.number("repayment_amount_sum_90d", VOLUME, "Yuan repaid in the last 90 days")
        .sum(REPAYMENTS, days(90));
    b.number(
            "repaid_to_disbursed_ratio_90d",
            VOLUME,
            "Yuan repaid over yuan disbursed in the last 90 days; missing if nothing was disbursed")
        .derived("repayment_amount_sum_90d", "disbursed_amount_sum_90d", Derived.RATIO);
    b.number("login_count_24h", VOLUME, "Logins in the last 24 hours").count(LOGINS, hours(24));
    b.number("login_count_7d", VOLUME, "Logins in the last 7 days").count(LOGINS, days(7));
    b.number("app_activity_count_24h", VOLUME, "App activity events in the last 24 hours")
        .count(APP_USE, hours(24));
    b.number("app_activity_count_7d", VOLUME, "App activity events in the last 7 days")
        .count(APP_USE, days(7));
    b.number("app_activity_count_30d", VOLUME, "App activity events in the last 30 days")
        .count(APP_USE, days(30));
    b.number("drawdown_count_month_to_date", VOLUME, "Drawdown requests this calendar month so far")
        .monthlyCount(DRAWDOWNS, MONTH, 0);
  }

  private static void trend(CatalogueBuilder b) {
    b.number("drawdown_count_last_month", TREND, "Drawdown requests in the last complete month")
        .monthlyCount(DRAWDOWNS, MONTH, 1);
    b.number(
            "drawdown_count_mom_change",
            TREND,
            "Relative change of drawdown requests, last complete month on the month before")
        .monthlyCount(DRAWDOWNS, MOM_CHANGE, 2);
    b.number(
            "drawdown_count_last_month_vs_avg_3m",
            TREND,
            "Drawdown requests last month over the monthly mean of the last 3 complete months")
        .monthlyCount(DRAWDOWNS, LAST_VS_MEAN, 3);
    b.number(
            "drawdown_count_3m_vs_prior_3m",
            TREND,
            "Drawdown requests in the last 3 complete months over those in months 4 to 6")
        .monthlyCount(DRAWDOWNS, RECENT_VS_PRIOR, 3);
    b.number(
            "drawdown_count_rise_streak_6m",
            TREND,
            "Consecutive monthly rises of drawdown requests up to last month, within 6 months")
        .monthlyCount(DRAWDOWNS, INCREASE_STREAK, 6);
    b.number(
            "drawdown_count_fall_streak_6m",
            TREND,
            "Consecutive monthly falls of drawdown requests up to last month, within 6 months")
        .monthlyCount(DRAWDOWNS, DECREASE_STREAK, 6);
    b.number(
            "drawdown_count_rise_streak_12m",
            TREND,
            "Consecutive monthly rises of drawdown requests up to last month, within 12 months")
        .monthlyCount(DRAWDOWNS, INCREASE_STREAK, 12);
    b.number(
            "drawdown_count_fall_streak_12m",
            TREND,
            "Consecutive monthly falls of drawdown requests up to last month, within 12 months")
        .monthlyCount(DRAWDOWNS, DECREASE_STREAK, 12);
    b.number("drawdown_amount_last_month", TREND, "Yuan requested in the last complete month")
        .monthlySum(DRAWDOWNS, MONTH, 1);
    b.number(
            "drawdown_amount_mom_change",
            TREND,
            "Relative change of yuan requested, last complete month on the month before")
        .monthlySum(DRAWDOWNS, MOM_CHANGE, 2);
    b.number(
            "drawdown_amount_mom_difference",
            TREND,
            "Yuan requested last complete month minus the month before")
        .monthlySum(DRAWDOWNS, DIFFERENCE, 2);
    b.number(
            "drawdown_amount_last_month_vs_avg_3m",
            TREND,
            "Yuan requested last month over the monthly mean of the last 3 complete months")
        .monthlySum(DRAWDOWNS, LAST_VS_MEAN, 3);
    b.number(
            "drawdown_amount_3m_vs_prior_3m",
            TREND,
            "Yuan requested in the last 3 complete months over months 4 to 6")
        .monthlySum(DRAWDOWNS, RECENT_VS_PRIOR, 3);
    b.number(
            "drawdown_amount_rise_streak_6m",
            TREND,
            "Consecutive monthly rises of yuan requested up to last month, within 6 months")
        .monthlySum(DRAWDOWNS, INCREASE_STREAK, 6);
    b.number(
            "drawdown_amount_fall_streak_6m",
            TREND,
            "Consecutive monthly falls of yuan requested up to last month, within 6 months")
        .monthlySum(DRAWDOWNS, DECREASE_STREAK, 6);
    b.number(
            "drawdown_active_months_12m",
            TREND,
            "Complete months among the last 12 with at least one drawdown request")
        .monthlyCount(DRAWDOWNS, ACTIVE_MONTHS, 12);
    b.number(
            "drawdown_count_30d_vs_90d_avg",
            TREND,
            "Drawdown requests in 30 days over a third of those in 90 days")
        .derived("drawdown_count_30d", "drawdown_count_90d", Derived.perPart(3));
    b.number(
            "drawdown_amount_30d_vs_90d_avg",
            TREND,
            "Yuan requested in 30 days over a third of the yuan requested in 90 days")
        .derived("drawdown_amount_sum_30d", "drawdown_amount_sum_90d", Derived.perPart(3));
    b.number(
            "repayment_amount_mom_change",
            TREND,
            "Relative change of yuan repaid, last complete month on the month before")
        .monthlySum(REPAYMENTS, MOM_CHANGE, 2);
    b.number(
            "repayment_amount_last_month_vs_avg_3m",
            TREND,
            "Yuan repaid last month over the monthly mean of the last 3 complete months")
        .monthlySum(REPAYMENTS, LAST_VS_MEAN, 3);
    b.number(
            "app_activity_last_month_vs_avg_3m",
            TREND,
            "App activity last month over the monthly mean of the last 3 complete months")
        .monthlyCount(APP_USE, LAST_VS_MEAN, 3);
    b.number(
            "login_count_3m_vs_prior_3m",
            TREND,
            "Logins in the last 3 complete months over those in months 4 to 6")
        .monthlyCount(LOGINS, RECENT_VS_PRIOR, 3);
  }
}
