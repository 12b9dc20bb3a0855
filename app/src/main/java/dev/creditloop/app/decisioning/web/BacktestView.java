package dev.creditloop.app.decisioning.web;

import dev.creditloop.decisioning.backtest.BacktestReport;
import dev.creditloop.decisioning.backtest.Comparison;
import dev.creditloop.lending.backtest.BacktestCommand;
import dev.creditloop.lending.backtest.BacktestOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** A backtest's outcome as the API answers it (and the command line prints it). */
public final class BacktestView {

  private BacktestView() {}

  public static Map<String, Object> of(BacktestOutcome outcome) {
    BacktestCommand c = outcome.command();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("period", Map.of("from", c.from(), "to", c.to(), "outcomeDays", c.outcomeDays()));
    out.put("requests", outcome.requests());
    if (outcome instanceof BacktestOutcome.OneVersion one) {
      out.put("report", report(one.report()));
      return out;
    }
    Comparison comparison = ((BacktestOutcome.TwoVersions) outcome).comparison();
    out.put("first", report(comparison.first()));
    out.put("second", report(comparison.second()));
    out.put(
        "matrix",
        Map.of(
            "rows",
            "first: APPROVE, REVIEW, REJECT",
            "columns",
            "second: APPROVE, REVIEW, REJECT",
            "counts",
            comparison.matrix()));
    out.put("approvedByFirstOnly", comparison.approvedByFirstOnly().size());
    out.put("approvedBySecondOnly", comparison.approvedBySecondOnly().size());
    out.put(
        "badRateApprovedByFirstOnly",
        nullable(Comparison.badRate(comparison.approvedByFirstOnly())));
    out.put(
        "badRateApprovedBySecondOnly",
        nullable(Comparison.badRate(comparison.approvedBySecondOnly())));
    return out;
  }

  private static Map<String, Object> report(BacktestReport r) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("strategyId", r.strategyId());
    v.put("version", r.version());
    v.put("total", r.total());
    v.put("approved", r.approved());
    v.put("reviewed", r.reviewed());
    v.put("rejected", r.rejected());
    v.put("approveRate", r.approveRate());
    v.put("reviewRate", r.reviewRate());
    v.put("rejectRate", r.rejectRate());
    v.put("badRateOfApproved", nullable(r.badRateOfApproved()));
    v.put("badRateOfRejected", nullable(r.badRateOfRejected()));
    v.put(
        "outcomes",
        Map.of(
            "approved",
            r.approvedOutcomes(),
            "reviewed",
            r.reviewedOutcomes(),
            "rejected",
            r.rejectedOutcomes()));
    v.put("ruleHitRates", r.rules());
    v.put("topOverlaps", r.topOverlaps(10));
    return v;
  }

  private static Double nullable(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }
}
