package dev.creditloop.servicing.schedule;

/**
 * Days in a year for daily rates: day-term interest, penalty interest. Daily rate = annual rate /
 * {@link #days()}. D360 (日利率 = 年利率 / 360) is the usual convention of Chinese lenders.
 */
public enum DayCountBasis {
  D360(360),
  D365(365);

  /** Used when a request names no basis. */
  public static final DayCountBasis DEFAULT = D360;

  private final int days;

  DayCountBasis(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }
}
