package dev.creditloop.decisioning.feature;

/**
 * Hours from a credit line's grant to a disbursed drawdown of at least {@code percent}% of the
 * limit in force when it was disbursed (a temporary limit included), disbursed within {@code
 * within} of the grant; looked for among the disbursements of the window, so the fact fades when
 * the window passes it. NaN if there is none. A line maxed out right after its grant is a classic
 * bust-out pattern (套现); only money that left counts: a refused request leaves nothing here.
 *
 * @param grants the line's CREDIT_GRANTED amounts; the first grant counts
 * @param disbursed the line's disbursed amounts, in the same unit
 * @param limits the line's limit in force: grants and limit changes, temporary ones included
 */
record FullLimitDrawdown(
    FeatureSpec spec,
    Source grants,
    Source disbursed,
    Source limits,
    Window.Sliding window,
    long within,
    int percent)
    implements FeatureDefinition {

  @Override
  public Evaluator compile(Layout layout) {
    int grantId = layout.source(grants);
    int view = layout.view(disbursed, window);
    int limitId = layout.source(limits);
    // Keeps the limit points (and the one before) that the window's disbursements need.
    layout.view(limits, window);
    Entity entity = disbursed.entity();
    return (frame, slots) -> {
      if (!frame.present(entity)) {
        return Double.NaN;
      }
      Totals granted = frame.totals(grantId);
      if (granted.count() == 0) {
        return Double.NaN;
      }
      long grantedAt = granted.firstTime();
      WindowPoints draws = frame.window(view);
      for (int i = 0; i < draws.size(); i++) {
        long at = draws.time(i);
        if (at >= grantedAt
            && at - grantedAt <= within
            && FullLimitRequest.isFullLimit(
                draws.value(i), frame.valueAtOrBefore(limitId, at), percent)) {
          return (at - grantedAt) / 3_600_000.0;
        }
      }
      return Double.NaN;
    };
  }
}
