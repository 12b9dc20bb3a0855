package dev.creditloop.decisioning.feature;

/**
 * Hours from a credit line's grant to its first drawdown request for at least {@code percent}% of
 * the granted limit, looking at the requests in the window; NaN if there is none. A line maxed
 * out right after it was granted is a classic fraud pattern (套现, bust-out).
 *
 * @param grants the line's CREDIT_GRANTED amounts; the first grant counts
 * @param drawdowns the line's drawdown request amounts, in the same unit
 */
record FullLimitDrawdown(
    FeatureSpec spec, Source grants, Source drawdowns, Window.Sliding window, int percent)
    implements FeatureDefinition {

  @Override
  public Evaluator compile(Layout layout) {
    int grantId = layout.source(grants);
    int view = layout.view(drawdowns, window);
    Entity entity = drawdowns.entity();
    return (frame, slots) -> {
      if (!frame.present(entity)) {
        return Double.NaN;
      }
      Totals granted = frame.totals(grantId);
      if (granted.count() == 0) {
        return Double.NaN;
      }
      long grantedAt = granted.firstTime();
      double limit = granted.firstValue();
      WindowPoints requests = frame.window(view);
      for (int i = 0; i < requests.size(); i++) {
        // Amounts are whole fen, so the comparison is exact.
        if (requests.time(i) >= grantedAt && requests.value(i) * 100 >= limit * percent) {
          return (requests.time(i) - grantedAt) / 3_600_000.0;
        }
      }
      return Double.NaN;
    };
  }
}
