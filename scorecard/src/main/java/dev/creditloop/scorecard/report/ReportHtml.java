package dev.creditloop.scorecard.report;

import dev.creditloop.scorecard.binning.Bin;
import dev.creditloop.scorecard.binning.VariableBinning;
import dev.creditloop.scorecard.card.Attribute;
import dev.creditloop.scorecard.card.Characteristic;
import dev.creditloop.scorecard.card.ScoreScaling;
import dev.creditloop.scorecard.metrics.Evaluation;
import dev.creditloop.scorecard.metrics.ScoreBands;
import dev.creditloop.scorecard.selection.VariableDecision;
import dev.creditloop.scorecard.training.CrossValidationResult;
import dev.creditloop.scorecard.training.FoldResult;
import dev.creditloop.scorecard.training.ScorecardModel;
import java.util.Locale;
import java.util.Map;

/** report.html: one file, styles inline, charts as inline SVG; opens offline. */
public final class ReportHtml {

  private static final String STYLE =
      """
      body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
      table{border-collapse:collapse;margin:0.5em 0 1.5em}
      th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;font-size:13px}
      td.n{text-align:right;font-variant-numeric:tabular-nums}
      th{background:#f1f3f5}
      h2{border-bottom:2px solid #dee2e6;padding-bottom:3px;margin-top:2em}
      .dropped{color:#868e96}
      .note{color:#495057;font-size:13px}
      """;

  private ReportHtml() {}

  public static String write(ScorecardReport report) {
    ScorecardModel model = report.model();
    StringBuilder h = new StringBuilder();
    h.append(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Scorecard report</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n");
    h.append("<h1>Scorecard report</h1>\n");
    summary(h, report);
    conventions(h, report.settings().scaling());

    Evaluation train = report.train().evaluation();
    h.append("<h2>Score distribution (training sample)</h2>\n")
        .append(Charts.distribution(report.train().scores(), report.train().bad()))
        .append('\n');
    h.append("<h2>KS curve (training sample)</h2>\n").append(Charts.ks(train.ks())).append('\n');
    deciles(h, train);

    h.append("<h2>Scorecard</h2>\n<table><tr><th>variable</th><th>bin</th><th>points</th></tr>\n");
    for (Characteristic c : model.scorecard().characteristics()) {
      for (Attribute a : c.attributes()) {
        h.append("<tr><td>")
            .append(escape(c.name()))
            .append("</td><td>")
            .append(escape(a.label()))
            .append("</td><td class=\"n\">")
            .append(fmt("%.2f", a.points()))
            .append("</td></tr>\n");
      }
    }
    h.append("</table>\n");
    if (model.scorecard().initialScore() != 0) {
      h.append("<p>Initial score: ")
          .append(fmt("%.2f", model.scorecard().initialScore()))
          .append("</p>\n");
    }

    h.append(
        "<h2>Variables</h2>\n<table><tr><th>variable</th><th>type</th><th>IV</th><th>in model</th>"
            + "<th>coefficient</th><th>decision</th></tr>\n");
    for (VariableBinning b : model.binnings()) {
      VariableDecision d = model.decision(b.variable());
      int at = model.modelVariables().indexOf(b.variable());
      h.append(d.selected() ? "<tr>" : "<tr class=\"dropped\">")
          .append("<td>")
          .append(escape(b.variable()))
          .append("</td><td>")
          .append(b.type().name().toLowerCase(Locale.ROOT))
          .append("</td><td class=\"n\">")
          .append(fmt("%.4f", b.iv()))
          .append("</td><td>")
          .append(d.selected() ? "yes" : "no")
          .append("</td><td class=\"n\">")
          .append(at >= 0 ? fmt("%+.4f", model.fit().coefficient(at)) : "")
          .append("</td><td>")
          .append(escape(d.reason()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Bins and WOE per variable</h2>\n");
    for (VariableBinning b : model.binnings()) {
      h.append("<h3>")
          .append(escape(b.variable()))
          .append(fmt(" — IV %.4f", b.iv()))
          .append(model.decision(b.variable()).selected() ? "" : " (not in model)")
          .append("</h3>\n");
      h.append(Charts.woe(b)).append('\n');
      h.append(
          "<table><tr><th>bin</th><th>count</th><th>goods</th><th>bads</th><th>bad rate</th><th>WOE</th><th>IV</th></tr>\n");
      for (Bin bin : b.bins()) {
        h.append("<tr><td>")
            .append(escape(bin.label()))
            .append("</td><td class=\"n\">")
            .append(bin.count())
            .append("</td><td class=\"n\">")
            .append(bin.goods())
            .append("</td><td class=\"n\">")
            .append(bin.bads())
            .append("</td><td class=\"n\">")
            .append(fmt("%.1f%%", 100 * bin.badRate()))
            .append("</td><td class=\"n\">")
            .append(fmt("%+.4f", bin.woe()))
            .append("</td><td class=\"n\">")
            .append(fmt("%.4f", bin.iv()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
      if (b.smoothed()) {
        h.append(
            "<p class=\"note\">A bin had no goods or no bads: 0.5 was added to every bin's counts.</p>\n");
      }
    }

    if (report.cv() != null) {
      folds(h, report.cv());
    }
    if (report.stability() != null) {
      h.append("<h2>Stability</h2>\n<p>Score PSI: ")
          .append(fmt("%.4f", report.stability().scorePsi()))
          .append(" (development ")
          .append(report.stability().expectedRows())
          .append(" rows, comparison ")
          .append(report.stability().actualRows())
          .append(" rows)</p>\n<table><tr><th>variable</th><th>CSI</th></tr>\n");
      for (Map.Entry<String, Double> e : report.stability().csi().entrySet()) {
        h.append("<tr><td>")
            .append(escape(e.getKey()))
            .append("</td><td class=\"n\">")
            .append(fmt("%.4f", e.getValue()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  private static void summary(StringBuilder h, ScorecardReport report) {
    ScorecardReport.DataSummary d = report.data();
    Evaluation train = report.train().evaluation();
    h.append("<table>");
    row(
        h,
        "data",
        escape(d.source()) + " — " + d.rows() + " rows, " + d.variables() + " candidate variables");
    row(
        h,
        "target",
        escape(d.target())
            + " = "
            + escape(d.badValue())
            + " is bad: "
            + d.bads()
            + " bads, "
            + d.goods()
            + " goods ("
            + fmt("%.1f%%", 100.0 * d.bads() / d.rows())
            + " bad)");
    CrossValidationResult cv = report.cv();
    if (cv != null) {
      row(
          h,
          cv.k() + "-fold CV (seed " + cv.seed() + ")",
          fmt(
              "AUC %.4f ± %.4f, KS %.4f, Gini %.4f (mean of folds); pooled AUC %.4f",
              cv.mean().auc(),
              cv.aucStandardDeviation(),
              cv.mean().ks(),
              cv.mean().gini(),
              cv.pooled().auc()));
    }
    row(
        h,
        "training sample",
        fmt("AUC %.4f, KS %.4f, Gini %.4f", train.auc(), train.ks().statistic(), train.gini()));
    row(
        h,
        "model",
        report.model().modelVariables().size()
            + " variables: "
            + escape(String.join(", ", report.model().modelVariables())));
    h.append("</table>\n");
  }

  private static void conventions(StringBuilder h, ScoreScaling s) {
    h.append(
            "<p class=\"note\">WOE = ln(%good / %bad): positive is safer. The model is logit P(bad) = α + Σ β·WOE. ")
        .append(
            fmt(
                "Scaling: %.0f points at odds %.0f:1 (good:bad), %.0f points to double the odds; ",
                s.baseScore(), s.baseOdds(), s.pdo()))
        .append(
            fmt(
                "factor = PDO / ln 2 = %.4f, offset = base − factor·ln(odds) = %.4f; ",
                s.factor(), s.offset()))
        .append("points = −(β·WOE + α/n)·factor + offset/n. Higher score, lower risk.</p>\n");
  }

  private static void deciles(StringBuilder h, Evaluation e) {
    h.append(
        "<h2>Bad rate by score decile (training sample)</h2>\n<table><tr><th>score from</th><th>to</th><th>rows</th>"
            + "<th>bads</th><th>bad rate</th><th>lift</th><th>cumulative bads</th></tr>\n");
    for (ScoreBands.Band b : e.deciles()) {
      h.append("<tr><td class=\"n\">")
          .append(Double.isInfinite(b.lower()) ? "" : fmt("%.1f", b.lower()))
          .append("</td><td class=\"n\">")
          .append(Double.isInfinite(b.upper()) ? "" : fmt("%.1f", b.upper()))
          .append("</td><td class=\"n\">")
          .append(b.count())
          .append("</td><td class=\"n\">")
          .append(b.bads())
          .append("</td><td class=\"n\">")
          .append(fmt("%.1f%%", 100 * b.badRate()))
          .append("</td><td class=\"n\">")
          .append(fmt("%.2f", b.lift()))
          .append("</td><td class=\"n\">")
          .append(fmt("%.1f%%", 100 * b.cumulativeBadShare()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void folds(StringBuilder h, CrossValidationResult cv) {
    h.append(
        "<h2>Cross-validation folds</h2>\n<p class=\"note\">Binning, selection and regression are refitted on each "
            + "training fold; the fold's test rows are scored by a card that never saw them.</p>\n"
            + "<table><tr><th>fold</th><th>train rows</th><th>test rows</th><th>AUC</th><th>KS</th><th>Gini</th><th>variables</th></tr>\n");
    for (FoldResult f : cv.folds()) {
      h.append("<tr><td>")
          .append(f.fold())
          .append("</td><td class=\"n\">")
          .append(f.trainRows())
          .append("</td><td class=\"n\">")
          .append(f.testRows())
          .append("</td><td class=\"n\">")
          .append(fmt("%.4f", f.auc()))
          .append("</td><td class=\"n\">")
          .append(fmt("%.4f", f.ks()))
          .append("</td><td class=\"n\">")
          .append(fmt("%.4f", f.gini()))
          .append("</td><td>")
          .append(escape(String.join(", ", f.variables())))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void row(StringBuilder h, String key, String valueHtml) {
    h.append("<tr><th>")
        .append(escape(key))
        .append("</th><td>")
        .append(valueHtml)
        .append("</td></tr>");
  }

  private static String fmt(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
