package dev.creditloop.decisioning.feature;

/** A frame over incremental entity states: windows are found by binary search. */
final class StateFrame implements Frame {

  private final Layout layout;
  private final EntityState[] states;
  private final long asOf;
  private final double[] inputs;
  private final WindowPoints[] windows;
  private int asOfMonth = Integer.MIN_VALUE;

  /**
   * @param states by {@link Entity} ordinal; null where the decision names no such entity
   */
  StateFrame(Layout layout, EntityState[] states, long asOf, double[] inputs) {
    this.layout = layout;
    this.states = states;
    this.asOf = asOf;
    this.inputs = inputs;
    this.windows = new WindowPoints[layout.viewCount()];
  }

  @Override
  public long asOf() {
    return asOf;
  }

  @Override
  public int asOfMonth() {
    if (asOfMonth == Integer.MIN_VALUE) {
      asOfMonth = MonthlyTotals.monthOf(asOf);
    }
    return asOfMonth;
  }

  @Override
  public boolean present(Entity entity) {
    return states[entity.ordinal()] != null;
  }

  @Override
  public WindowPoints window(int view) {
    WindowPoints points = windows[view];
    if (points == null) {
      Layout.View v = layout.view(view);
      Series series = state(v.source()).series(v.source());
      int to = series.firstAfter(asOf);
      int from =
          v.window() instanceof Window.Sliding sliding
              ? series.firstAfter(asOf - sliding.millis())
              : Math.max(0, to - ((Window.Latest) v.window()).count());
      points = new WindowPoints(series, from, to, asOf);
      windows[view] = points;
    }
    return points;
  }

  @Override
  public Totals totals(int source) {
    return state(source).totals(source);
  }

  @Override
  public double monthly(int source, int month, boolean sum) {
    MonthlyTotals months = state(source).months(source);
    return sum ? months.sum(month) : months.count(month);
  }

  @Override
  public double valueAtOrBefore(int source, long time) {
    return state(source).series(source).valueAtOrBefore(time);
  }

  @Override
  public double input(int index) {
    return inputs[index];
  }

  private EntityState state(int source) {
    return states[layout.plan(source).source.entity().ordinal()];
  }
}
