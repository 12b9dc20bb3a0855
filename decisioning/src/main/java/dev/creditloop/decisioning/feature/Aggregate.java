package dev.creditloop.decisioning.feature;

/**
 * How the points of a window become one number. An empty window gives 0 for the counts and the sum
 * and NaN (missing) for everything else; a feature may declare another value for empty.
 *
 * <p>Conventions: the standard deviation is the population one (a single point gives 0); the
 * coefficient of variation is std / mean, NaN when the mean is 0; quantiles interpolate linearly
 * between closest ranks (Excel PERCENTILE.INC, numpy's default); the mode is the most frequent
 * value, the smallest on a tie; first and last follow (time, sequence) order.
 */
enum Aggregate {
  COUNT(Scale.NONE, true) {
    @Override
    double over(WindowPoints w, double p) {
      return w.size();
    }

    @Override
    double overTotals(Totals t, long asOf) {
      return t.count();
    }
  },
  SUM(Scale.VALUE, true) {
    @Override
    double over(WindowPoints w, double p) {
      return Statistics.sum(w);
    }

    @Override
    double overTotals(Totals t, long asOf) {
      return t.sum();
    }
  },
  AVG(Scale.VALUE, true) {
    @Override
    double over(WindowPoints w, double p) {
      return w.size() == 0 ? Double.NaN : Statistics.sum(w) / w.size();
    }

    @Override
    double overTotals(Totals t, long asOf) {
      return t.count() == 0 ? Double.NaN : t.sum() / t.count();
    }
  },
  MIN(Scale.VALUE, true) {
    @Override
    double over(WindowPoints w, double p) {
      double min = Double.NaN;
      for (int i = 0; i < w.size(); i++) {
        min = i == 0 ? w.value(i) : Math.min(min, w.value(i));
      }
      return min;
    }

    @Override
    double overTotals(Totals t, long asOf) {
      return t.min();
    }
  },
  MAX(Scale.VALUE, true) {
    @Override
    double over(WindowPoints w, double p) {
      double max = Double.NaN;
      for (int i = 0; i < w.size(); i++) {
        max = i == 0 ? w.value(i) : Math.max(max, w.value(i));
      }
      return max;
    }

    @Override
    double overTotals(Totals t, long asOf) {
      return t.max();
    }
  },
  DISTINCT_COUNT(Scale.NONE, false) {
    @Override
    double over(WindowPoints w, double p) {
      double[] s = w.sortedValues();
      int distinct = 0;
      for (int i = 0; i < s.length; i++) {
        if (i == 0 || s[i] != s[i - 1]) {
          distinct++;
        }
      }
      return distinct;
    }
  },
  STD(Scale.VALUE, false) {
    @Override
    double over(WindowPoints w, double p) {
      return Statistics.std(w);
    }
  },
  CV(Scale.NONE, false) {
    @Override
    double over(WindowPoints w, double p) {
      if (w.size() == 0) {
        return Double.NaN;
      }
      double mean = Statistics.sum(w) / w.size();
      return mean == 0 ? Double.NaN : Statistics.std(w) / mean;
    }
  },
  /** The p-quantile, p in [0, 1]. */
  QUANTILE(Scale.VALUE, false) {
    @Override
    double over(WindowPoints w, double p) {
      return Statistics.quantile(w.sortedValues(), p);
    }
  },
  MEDIAN(Scale.VALUE, false) {
    @Override
    double over(WindowPoints w, double p) {
      return Statistics.quantile(w.sortedValues(), 0.5);
    }
  },
  IQR(Scale.VALUE, false) {
    @Override
    double over(WindowPoints w, double p) {
      double[] s = w.sortedValues();
      return Statistics.quantile(s, 0.75) - Statistics.quantile(s, 0.25);
    }
  },
  MODE(Scale.VALUE, false) {
    @Override
    double over(WindowPoints w, double p) {
      return Statistics.mode(w.sortedValues(), false);
    }
  },
  /** How many times the mode occurs: the largest number of equal values. */
  MODE_COUNT(Scale.NONE, false) {
    @Override
    double over(WindowPoints w, double p) {
      return Statistics.mode(w.sortedValues(), true);
    }
  },
  FIRST(Scale.VALUE, true) {
    @Override
    double over(WindowPoints w, double p) {
      return w.size() == 0 ? Double.NaN : w.value(0);
    }

    @Override
    double overTotals(Totals t, long asOf) {
      return t.firstValue();
    }
  },
  LAST(Scale.VALUE, true) {
    @Override
    double over(WindowPoints w, double p) {
      return w.size() == 0 ? Double.NaN : w.value(w.size() - 1);
    }

    @Override
    double overTotals(Totals t, long asOf) {
      return t.lastValue();
    }
  },
  TIME_SINCE_FIRST(Scale.TIME, true) {
    @Override
    double over(WindowPoints w, double p) {
      return w.size() == 0 ? Double.NaN : w.asOf() - w.time(0);
    }

    @Override
    double overTotals(Totals t, long asOf) {
      return t.count() == 0 ? Double.NaN : asOf - t.firstTime();
    }
  },
  TIME_SINCE_LAST(Scale.TIME, true) {
    @Override
    double over(WindowPoints w, double p) {
      return w.size() == 0 ? Double.NaN : w.asOf() - w.time(w.size() - 1);
    }

    @Override
    double overTotals(Totals t, long asOf) {
      return t.count() == 0 ? Double.NaN : asOf - t.lastTime();
    }
  },
  MEAN_MINUS_MEDIAN(Scale.VALUE, false) {
    @Override
    double over(WindowPoints w, double p) {
      if (w.size() == 0) {
        return Double.NaN;
      }
      return Statistics.sum(w) / w.size() - Statistics.quantile(w.sortedValues(), 0.5);
    }
  },
  /** The shortest time between two consecutive points; NaN under two points. */
  MIN_GAP(Scale.TIME, false) {
    @Override
    double over(WindowPoints w, double p) {
      double gap = Double.NaN;
      for (int i = 1; i < w.size(); i++) {
        double d = w.time(i) - w.time(i - 1);
        gap = i == 1 ? d : Math.min(gap, d);
      }
      return gap;
    }
  },
  /** Kilometres travelled along consecutive positions; NaN under two points. */
  PATH_KM(Scale.NONE, false) {
    @Override
    double over(WindowPoints w, double p) {
      double km = Double.NaN;
      for (int i = 1; i < w.size(); i++) {
        double d = Geo.km(w.value(i - 1), w.second(i - 1), w.value(i), w.second(i));
        km = i == 1 ? d : km + d;
      }
      return km;
    }
  },
  /** Highest speed implied by two consecutive positions, in km/h; NaN under two points. */
  MAX_SPEED_KMH(Scale.NONE, false) {
    @Override
    double over(WindowPoints w, double p) {
      double fastest = Double.NaN;
      for (int i = 1; i < w.size(); i++) {
        double kmh =
            Geo.kmh(
                w.value(i - 1),
                w.second(i - 1),
                w.value(i),
                w.second(i),
                w.time(i) - w.time(i - 1));
        fastest = i == 1 ? kmh : Math.max(fastest, kmh);
      }
      return fastest;
    }
  };

  /** What unit the raw result is in, so a feature can report yuan, hours or days. */
  enum Scale {
    NONE,
    /** The source's stored unit (fen for amounts). */
    VALUE,
    /** Milliseconds. */
    TIME
  }

  private final Scale scale;
  private final boolean orderFree;

  Aggregate(Scale scale, boolean orderFree) {
    this.scale = scale;
    this.orderFree = orderFree;
  }

  abstract double over(WindowPoints w, double p);

  /** Over all points ever; only for {@link #orderFree()} aggregates. */
  double overTotals(Totals t, long asOf) {
    throw new UnsupportedOperationException(this + " needs the points, not totals");
  }

  Scale scale() {
    return scale;
  }

  /** Whether {@link Totals} suffice, so the aggregate works over all time in constant memory. */
  boolean orderFree() {
    return orderFree;
  }
}
