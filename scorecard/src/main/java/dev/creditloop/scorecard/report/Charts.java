package dev.creditloop.scorecard.report;

import dev.creditloop.scorecard.binning.Bin;
import dev.creditloop.scorecard.binning.VariableBinning;
import dev.creditloop.scorecard.metrics.Ks;
import java.util.List;
import java.util.Locale;

/** Inline SVG charts, sized in user units so the browser scales them; no script. */
final class Charts {

  static final String GOOD = "#2b8a3e";
  static final String BAD = "#c92a2a";

  private Charts() {}

  /** Horizontal WOE bars per bin, a zero axis in the middle; positive (safer) bars in green. */
  static String woe(VariableBinning binning) {
    List<Bin> bins = binning.bins();
    int rowHeight = 22;
    int longest = bins.stream().mapToInt(b -> b.label().length()).max().orElse(10);
    // about 7 user units per character at font size 12; long category groups must not be cut off
    int labelWidth = Math.max(120, 7 * longest + 12);
    int plotWidth = 360;
    int height = rowHeight * bins.size() + 30;
    double limit = 0.5;
    for (Bin b : bins) {
      limit = Math.max(limit, Math.abs(b.woe()));
    }
    double zero = labelWidth + plotWidth / 2.0;
    // room at both ends for the value printed beside the bar
    double scale = (plotWidth / 2.0 - 60) / limit;
    StringBuilder svg = open(labelWidth + plotWidth, height, "WOE by bin of " + binning.variable());
    for (int i = 0; i < bins.size(); i++) {
      Bin b = bins.get(i);
      double y = 10 + i * rowHeight;
      double w = b.woe() * scale;
      svg.append(text(labelWidth - 6, y + 15, "end", b.label()));
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
              w >= 0 ? zero : zero + w,
              y + 3,
              Math.abs(w),
              rowHeight - 6,
              w >= 0 ? GOOD : BAD));
      svg.append(
          text(
              w >= 0 ? zero + w + 4 : zero + w - 4,
              y + 15,
              w >= 0 ? "start" : "end",
              String.format(Locale.ROOT, "%+.3f", b.woe())));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"5\" x2=\"%.1f\" y2=\"%d\" stroke=\"#555\"/>",
            zero,
            zero,
            height - 15));
    svg.append(text(zero, height - 2, "middle", "WOE = ln(%good / %bad)"));
    return svg.append("</svg>").toString();
  }

  /** Share of goods and of bads per score interval, side by side. */
  static String distribution(double[] scores, boolean[] bad) {
    int buckets = 20;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    double width = max > min ? (max - min) / buckets : 1;
    double[] goods = new double[buckets];
    double[] bads = new double[buckets];
    int totalGood = 0;
    int totalBad = 0;
    for (int i = 0; i < scores.length; i++) {
      int b = Math.min(buckets - 1, (int) ((scores[i] - min) / width));
      if (bad[i]) {
        bads[b]++;
        totalBad++;
      } else {
        goods[b]++;
        totalGood++;
      }
    }
    double top = 0;
    for (int b = 0; b < buckets; b++) {
      goods[b] /= Math.max(1, totalGood);
      bads[b] /= Math.max(1, totalBad);
      top = Math.max(top, Math.max(goods[b], bads[b]));
    }
    int plotW = 600;
    int plotH = 220;
    int left = 50;
    int bottom = 250;
    StringBuilder svg = open(680, 290, "Score distribution of goods and bads");
    double slot = (double) plotW / buckets;
    for (int b = 0; b < buckets; b++) {
      double x = left + b * slot;
      double hb = bads[b] / top * plotH;
      double hg = goods[b] / top * plotH;
      svg.append(rect(x + 1, bottom - hb, slot / 2 - 1, hb, BAD));
      svg.append(rect(x + slot / 2, bottom - hg, slot / 2 - 1, hg, GOOD));
    }
    axes(svg, left, bottom, plotW, plotH, min, max, top);
    svg.append(legend(left + 10, 20));
    return svg.append("</svg>").toString();
  }

  /** Cumulative shares of bads and goods by score, with the KS gap marked. */
  static String ks(Ks ks) {
    List<Ks.Point> curve = ks.curve();
    double min = curve.get(0).score();
    double max = curve.get(curve.size() - 1).score();
    double span = max > min ? max - min : 1;
    int plotW = 600;
    int plotH = 220;
    int left = 50;
    int bottom = 250;
    StringBuilder bads = new StringBuilder();
    StringBuilder goods = new StringBuilder();
    bads.append(String.format(Locale.ROOT, "%.1f,%.1f ", (double) left, (double) bottom));
    goods.append(String.format(Locale.ROOT, "%.1f,%.1f ", (double) left, (double) bottom));
    for (Ks.Point p : curve) {
      double x = left + (p.score() - min) / span * plotW;
      bads.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, bottom - p.bads() * plotH));
      goods.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, bottom - p.goods() * plotH));
    }
    StringBuilder svg = open(680, 290, "KS curve");
    svg.append("<polyline fill=\"none\" stroke=\"")
        .append(BAD)
        .append("\" stroke-width=\"2\" points=\"")
        .append(bads)
        .append("\"/>");
    svg.append("<polyline fill=\"none\" stroke=\"")
        .append(GOOD)
        .append("\" stroke-width=\"2\" points=\"")
        .append(goods)
        .append("\"/>");
    Ks.Point at =
        curve.stream().filter(p -> p.score() == ks.atScore()).findFirst().orElse(curve.get(0));
    double x = left + (at.score() - min) / span * plotW;
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>",
            x,
            bottom - at.bads() * plotH,
            x,
            bottom - at.goods() * plotH));
    svg.append(
        text(
            x + 6,
            bottom - (at.bads() + at.goods()) / 2 * plotH,
            "start",
            String.format(Locale.ROOT, "KS %.3f at %.1f", ks.statistic(), ks.atScore())));
    axes(svg, left, bottom, plotW, plotH, min, max, 1);
    svg.append(legend(left + 10, 20));
    return svg.append("</svg>").toString();
  }

  private static void axes(
      StringBuilder svg,
      int left,
      int bottom,
      int plotW,
      int plotH,
      double min,
      double max,
      double top) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>",
            left,
            bottom,
            left + plotW,
            bottom));
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>",
            left,
            bottom,
            left,
            bottom - plotH));
    for (int t = 0; t <= 4; t++) {
      double x = left + t * plotW / 4.0;
      svg.append(
          text(
              x,
              bottom + 16,
              "middle",
              String.format(Locale.ROOT, "%.0f", min + t * (max - min) / 4)));
      double y = bottom - t * plotH / 4.0;
      svg.append(
          text(left - 4, y + 4, "end", String.format(Locale.ROOT, "%.1f%%", 100 * top * t / 4)));
    }
    svg.append(text(left + plotW / 2.0, bottom + 34, "middle", "score"));
  }

  private static String legend(int x, int y) {
    return rect(x, y - 9, 10, 10, BAD)
        + text(x + 14, y, "start", "bads")
        + rect(x + 60, y - 9, 10, 10, GOOD)
        + text(x + 74, y, "start", "goods");
  }

  private static StringBuilder open(int width, int height, String title) {
    return new StringBuilder(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">"
                + "<title>%s</title>",
            width,
            height,
            width,
            height,
            ReportHtml.escape(title)));
  }

  private static String rect(double x, double y, double w, double h, String fill) {
    return String.format(
        Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
        x,
        y,
        Math.max(0, w),
        Math.max(0, h),
        fill);
  }

  private static String text(double x, double y, String anchor, String content) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\">%s</text>",
        x,
        y,
        anchor,
        ReportHtml.escape(content));
  }
}
