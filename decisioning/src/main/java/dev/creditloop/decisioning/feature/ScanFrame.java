package dev.creditloop.decisioning.feature;

import dev.creditloop.decisioning.event.BehaviourEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A frame over stored events, for a point-in-time recompute: each source's points are taken afresh
 * from the events at or before the as-of instant, and windows are found by a plain scan. It keeps
 * no retention, only the same cap on points the live series keep.
 */
final class ScanFrame implements Frame {

  private record Point(long time, long seq, double value, double second) {}

  private static final Comparator<Point> ORDER =
      Comparator.comparingLong(Point::time).thenComparingLong(Point::seq);

  private final class Scanned {
    final Series series;
    final Totals totals = new Totals();
    final Map<Integer, double[]> months = new HashMap<>();

    Scanned(int source) {
      Layout.Plan plan = layout.plan(source);
      Source s = plan.source;
      List<Point> points = new ArrayList<>();
      for (BehaviourEvent e : events[s.entity().ordinal()]) {
        long time = e.occurredAt().toEpochMilli();
        if (time <= asOf && s.types().contains(e.type()) && s.filter().test(e)) {
          points.add(
              new Point(time, e.sequence(), s.measure().value(e), s.measure().secondValue(e)));
        }
      }
      points.sort(ORDER);
      int n = points.size();
      long[] times = new long[n];
      long[] seqs = new long[n];
      double[] values = new double[n];
      double[] seconds = s.measure() == Measure.POSITION ? new double[n] : null;
      for (int i = 0; i < n; i++) {
        Point p = points.get(i);
        times[i] = p.time();
        seqs[i] = p.seq();
        values[i] = p.value();
        if (seconds != null) {
          seconds[i] = p.second();
        }
        totals.add(p.time(), p.seq(), p.value());
        double[] month =
            months.computeIfAbsent(MonthlyTotals.monthOf(p.time()), m -> new double[2]);
        month[0]++;
        month[1] += p.value();
      }
      series = Series.ofSorted(times, seqs, values, seconds, n, layout.pointCap());
    }
  }

  private final Layout layout;
  private final List<BehaviourEvent>[] events;
  private final long asOf;
  private final double[] inputs;
  private final Scanned[] scanned;
  private final WindowPoints[] windows;

  /**
   * @param events by {@link Entity} ordinal; null where the decision names no such entity
   */
  ScanFrame(Layout layout, List<BehaviourEvent>[] events, long asOf, double[] inputs) {
    this.layout = layout;
    this.events = events;
    this.asOf = asOf;
    this.inputs = inputs;
    this.scanned = new Scanned[layout.sourceCount()];
    this.windows = new WindowPoints[layout.viewCount()];
  }

  @Override
  public long asOf() {
    return asOf;
  }

  @Override
  public int asOfMonth() {
    return MonthlyTotals.monthOf(asOf);
  }

  @Override
  public boolean present(Entity entity) {
    return events[entity.ordinal()] != null;
  }

  @Override
  public WindowPoints window(int view) {
    if (windows[view] == null) {
      Layout.View v = layout.view(view);
      Series series = scanned(v.source()).series;
      int n = series.size();
      int from = n;
      if (v.window() instanceof Window.Sliding sliding) {
        for (int i = n - 1; i >= 0 && series.time(i) > asOf - sliding.millis(); i--) {
          from = i;
        }
      } else {
        from = Math.max(0, n - ((Window.Latest) v.window()).count());
      }
      windows[view] = new WindowPoints(series, from, n, asOf);
    }
    return windows[view];
  }

  @Override
  public Totals totals(int source) {
    return scanned(source).totals;
  }

  @Override
  public double monthly(int source, int month, boolean sum) {
    double[] totals = scanned(source).months.get(month);
    return totals == null ? 0 : totals[sum ? 1 : 0];
  }

  @Override
  public double valueAtOrBefore(int source, long time) {
    Series series = scanned(source).series;
    for (int i = series.size() - 1; i >= 0; i--) {
      if (series.time(i) <= time) {
        return series.value(i);
      }
    }
    return series.hasCarry() && series.carryTime() <= time ? series.carryValue() : Double.NaN;
  }

  @Override
  public double input(int index) {
    return inputs[index];
  }

  private Scanned scanned(int source) {
    if (scanned[source] == null) {
      scanned[source] = new Scanned(source);
    }
    return scanned[source];
  }
}
