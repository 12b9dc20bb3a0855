package dev.creditloop.servicing.delinquency;

/** Overdue buckets (逾期期限) by days past due. */
public enum Bucket {
  /** Current, 0 days past due. */
  M0,
  /** 1–30 days. */
  M1,
  /** 31–60 days. */
  M2,
  /** 61–90 days. */
  M3,
  /** 91–120 days. */
  M4,
  /** 121–150 days. */
  M5,
  /** 151–180 days. */
  M6,
  /** Over 180 days. */
  M6_PLUS;

  private static final Bucket[] VALUES = values();

  public static Bucket of(int dpd) {
    if (dpd < 0) {
      throw new IllegalArgumentException("days past due must not be negative: " + dpd);
    }
    if (dpd > 180) {
      return M6_PLUS;
    }
    // 1–30 → 1, 31–60 → 2, ...
    return VALUES[(dpd + 29) / 30];
  }
}
