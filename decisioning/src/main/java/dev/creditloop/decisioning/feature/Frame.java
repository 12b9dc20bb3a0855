package dev.creditloop.decisioning.feature;

/**
 * What a feature reads to compute its value as of one instant. Live, a frame reads the incremental
 * state of each entity; in a backtest, it reads points scanned from stored events. The features
 * compute the same way over both, so the two modes differ only in how points are kept, which is
 * what the property tests compare.
 */
interface Frame {

  /** The as-of instant, epoch milliseconds. */
  long asOf();

  /** {@link MonthlyTotals#monthOf} of the as-of instant. */
  int asOfMonth();

  /** Whether the decision names this entity; features of an unnamed entity are missing. */
  boolean present(Entity entity);

  WindowPoints window(int view);

  Totals totals(int source);

  /** Count (or sum, if {@code sum}) of the source's points in the month. */
  double monthly(int source, int month, boolean sum);

  /** The value of the source's last point at or before {@code time}; NaN if none. */
  double valueAtOrBefore(int source, long time);

  /** A request input supplied by the caller, NaN if not supplied. */
  double input(int index);
}
