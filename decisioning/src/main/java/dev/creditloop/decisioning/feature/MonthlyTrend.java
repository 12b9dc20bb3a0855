package dev.creditloop.decisioning.feature;

/**
 * A feature over a source's monthly count or sum in calendar months of the catalogue's zone. Month
 * 0 is the as-of month to date; month 1 the last complete month, month 2 the one before. Trends
 * compare complete months only, since a partial month would read as a fall.
 *
 * @param months how many complete months the trend looks at (for {@link Trend#MONTH}: which one)
 */
record MonthlyTrend(FeatureSpec spec, Source source, boolean sum, Trend trend, int months)
    implements FeatureDefinition {

  enum Trend {
    /** The value of month {@code months} (0 = month to date). */
    MONTH,
    /** (m1 - m2) / m2. */
    MOM_CHANGE,
    /** m1 - m2. */
    DIFFERENCE,
    /** m1 / mean(m1..mN). */
    LAST_VS_MEAN,
    /** sum(m1..mN) / sum(mN+1..m2N), e.g. the last 3 months against months 4 to 6. */
    RECENT_VS_PRIOR,
    /** How many consecutive month-on-month rises end at m1, within N months (at most N - 1). */
    INCREASE_STREAK,
    /** How many consecutive month-on-month falls end at m1, within N months. */
    DECREASE_STREAK,
    /** Coefficient of variation (population std / mean) of m1..mN; NaN when the mean is 0. */
    CV_OF_MONTHS,
    /** How many of m1..mN have at least one point. */
    ACTIVE_MONTHS
  }

  MonthlyTrend {
    if (months < (trend == Trend.MONTH ? 0 : 2)) {
      throw new IllegalArgumentException(spec.name() + ": too few months " + months);
    }
  }

  @Override
  public Evaluator compile(Layout layout) {
    int id = layout.monthly(source);
    Entity entity = source.entity();
    double unit = sum ? source.measure().unit() : 1;
    int span =
        switch (trend) {
          case MONTH -> months;
          case MOM_CHANGE, DIFFERENCE -> 2;
          case RECENT_VS_PRIOR -> 2 * months;
          default -> months;
        };
    return (frame, slots) -> {
      if (!frame.present(entity)) {
        return Double.NaN;
      }
      double[] m = new double[span + 1];
      int base = frame.asOfMonth();
      for (int k = trend == Trend.MONTH ? span : 1; k <= span; k++) {
        m[k] = frame.monthly(id, base - k, sum) / unit;
      }
      return apply(m);
    };
  }

  private double apply(double[] m) {
    switch (trend) {
      case MONTH:
        return m[months];
      case MOM_CHANGE:
        return m[2] == 0 ? Double.NaN : (m[1] - m[2]) / m[2];
      case DIFFERENCE:
        return m[1] - m[2];
      case LAST_VS_MEAN:
        double mean = total(m, 1, months) / months;
        return mean == 0 ? Double.NaN : m[1] / mean;
      case RECENT_VS_PRIOR:
        double prior = total(m, months + 1, 2 * months);
        return prior == 0 ? Double.NaN : total(m, 1, months) / prior;
      case INCREASE_STREAK:
        return streak(m, 1);
      case DECREASE_STREAK:
        return streak(m, -1);
      case CV_OF_MONTHS:
        return cv(m);
      case ACTIVE_MONTHS:
        int active = 0;
        for (int k = 1; k <= months; k++) {
          active += m[k] > 0 ? 1 : 0;
        }
        return active;
      default:
        throw new IllegalStateException(trend.toString());
    }
  }

  private int streak(double[] m, int direction) {
    int n = 0;
    while (n + 2 <= months && Integer.signum(Double.compare(m[n + 1], m[n + 2])) == direction) {
      n++;
    }
    return n;
  }

  private double cv(double[] m) {
    double mean = total(m, 1, months) / months;
    if (mean == 0) {
      return Double.NaN;
    }
    double squares = 0;
    for (int k = 1; k <= months; k++) {
      squares += (m[k] - mean) * (m[k] - mean);
    }
    return Math.sqrt(squares / months) / mean;
  }

  private static double total(double[] m, int from, int to) {
    double total = 0;
    for (int k = from; k <= to; k++) {
      total += m[k];
    }
    return total;
  }
}
