package dev.creditloop.decisioning.feature;

import java.time.Duration;

/**
 * A feature aggregating one source's points over a window: e.g. the count of drawdown requests in
 * the last 24 hours, the 90-day median drawdown amount, days since the last login.
 *
 * @param param the quantile's p, unused by other aggregates
 * @param whenEmpty the value when the window holds no point; NaN keeps the aggregate's own
 * @param timeUnit the unit of elapsed-time aggregates
 */
record Windowed(
    FeatureSpec spec,
    Source source,
    Aggregate aggregate,
    double param,
    Window window,
    double whenEmpty,
    Duration timeUnit)
    implements FeatureDefinition {

  @Override
  public Evaluator compile(Layout layout) {
    double divisor =
        switch (aggregate.scale()) {
          case VALUE -> source.measure().unit();
          case TIME -> timeUnit.toMillis();
          case NONE -> 1;
        };
    Entity entity = source.entity();
    if (window instanceof Window.AllTime) {
      if (!aggregate.orderFree()) {
        throw new IllegalArgumentException(spec.name() + ": " + aggregate + " needs a window");
      }
      int id = layout.source(source);
      return (frame, slots) -> {
        if (!frame.present(entity)) {
          return Double.NaN;
        }
        Totals totals = frame.totals(id);
        if (totals.count() == 0 && !Double.isNaN(whenEmpty)) {
          return whenEmpty;
        }
        return aggregate.overTotals(totals, frame.asOf()) / divisor;
      };
    }
    int view = layout.view(source, window);
    return (frame, slots) -> {
      if (!frame.present(entity)) {
        return Double.NaN;
      }
      WindowPoints points = frame.window(view);
      if (points.size() == 0 && !Double.isNaN(whenEmpty)) {
        return whenEmpty;
      }
      return aggregate.over(points, param) / divisor;
    };
  }
}
