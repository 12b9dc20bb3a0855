package dev.creditloop.decisioning.feature;

/**
 * The highest utilisation (outstanding / limit) a credit line reached in a window, counting the
 * level in force when the window opened. Outstanding is disbursed principal minus repaid principal;
 * the limit is the last grant or limit change. NaN while no positive limit is known.
 *
 * <p>The outstanding balance at the window's start is worked back from the all-time totals and the
 * points in the window, so no history beyond the window is kept; the limit then is the last limit
 * point at or before the start, which the series keeps as its carry.
 */
record UtilisationPeak(
    FeatureSpec spec, Source disbursed, Source repaid, Source limits, Window.Sliding window)
    implements FeatureDefinition {

  @Override
  public Evaluator compile(Layout layout) {
    int disbursedId = layout.source(disbursed);
    int repaidId = layout.source(repaid);
    int limitId = layout.source(limits);
    int disbursedView = layout.view(disbursed, window);
    int repaidView = layout.view(repaid, window);
    int limitView = layout.view(limits, window);
    long length = window.millis();
    Entity entity = limits.entity();
    return (frame, slots) -> {
      if (!frame.present(entity)) {
        return Double.NaN;
      }
      WindowPoints out = frame.window(disbursedView);
      WindowPoints in = frame.window(repaidView);
      WindowPoints lim = frame.window(limitView);
      double outstanding =
          frame.totals(disbursedId).sum()
              - frame.totals(repaidId).sum()
              - Statistics.sum(out)
              + Statistics.sum(in);
      double limit = frame.valueAtOrBefore(limitId, frame.asOf() - length);
      double peak = ratio(outstanding, limit);
      int i = 0;
      int j = 0;
      int k = 0;
      while (i < out.size() || j < in.size() || k < lim.size()) {
        long next = Math.min(time(out, i), Math.min(time(in, j), time(lim, k)));
        // A level holds between instants: apply everything at this instant before reading it.
        for (; i < out.size() && out.time(i) == next; i++) {
          outstanding += out.value(i);
        }
        for (; j < in.size() && in.time(j) == next; j++) {
          outstanding -= in.value(j);
        }
        for (; k < lim.size() && lim.time(k) == next; k++) {
          limit = lim.value(k);
        }
        double level = ratio(outstanding, limit);
        if (!Double.isNaN(level) && (Double.isNaN(peak) || level > peak)) {
          peak = level;
        }
      }
      return peak;
    };
  }

  private static long time(WindowPoints points, int i) {
    return i < points.size() ? points.time(i) : Long.MAX_VALUE;
  }

  private static double ratio(double outstanding, double limit) {
    return limit > 0 ? outstanding / limit : Double.NaN;
  }
}
