package dev.creditloop.decisioning.feature;

import dev.creditloop.decisioning.event.BehaviourEvent;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The incremental state of one customer, credit line or device: for each of the entity's sources,
 * the retained points (if any window reads them), the all-time totals and the monthly totals (if a
 * trend reads them). Guarded by its lock; {@link FeatureStates} takes it.
 */
final class EntityState {

  final ReentrantLock lock = new ReentrantLock();
  private final Layout layout;
  private final Entity entity;
  private final Series[] series;
  private final Totals[] totals;
  private final MonthlyTotals[] months;
  private long latest = Long.MIN_VALUE;

  EntityState(Layout layout, Entity entity) {
    this.layout = layout;
    this.entity = entity;
    int n = layout.sourceCount();
    series = new Series[n];
    totals = new Totals[n];
    months = new MonthlyTotals[n];
    for (int i = 0; i < n; i++) {
      Layout.Plan plan = layout.plan(i);
      boolean own = plan.source.entity() == entity;
      series[i] =
          own && plan.ringed()
              ? new Series(layout.pointCap(), plan.source.measure() == Measure.POSITION)
              : Series.EMPTY;
      totals[i] = own ? new Totals() : Totals.EMPTY;
      months[i] = own && plan.monthly ? new MonthlyTotals() : MonthlyTotals.EMPTY;
    }
  }

  void add(BehaviourEvent event, Tally tally) {
    long time = event.occurredAt().toEpochMilli();
    latest = Math.max(latest, time);
    int month = Integer.MIN_VALUE;
    for (int id : layout.routes(entity, event.type())) {
      Layout.Plan plan = layout.plan(id);
      Source source = plan.source;
      if (!source.filter().test(event)) {
        continue;
      }
      double value = source.measure().value(event);
      if (plan.ringed()) {
        double second = source.measure().secondValue(event);
        int outcome =
            series[id].add(
                time, event.sequence(), value, second, plan.retentionMillis, plan.minKeep);
        tally.count(outcome);
      }
      totals[id].add(time, event.sequence(), value);
      if (plan.monthly) {
        if (month == Integer.MIN_VALUE) {
          month = MonthlyTotals.monthOf(time);
        }
        if (!months[id].add(month, value)) {
          tally.count(Series.LATE);
        }
      }
    }
  }

  /** Epoch milliseconds of the latest event seen, or Long.MIN_VALUE. */
  long latest() {
    return latest;
  }

  Series series(int source) {
    return series[source];
  }

  Totals totals(int source) {
    return totals[source];
  }

  MonthlyTotals months(int source) {
    return months[source];
  }
}
