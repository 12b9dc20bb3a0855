package dev.creditloop.scorecard.binning;

/** The WOE trend a numeric variable's range bins must follow, from the lowest range up. */
public enum Trend {
  /** No constraint: U shapes allowed. */
  NONE,
  /** WOE rises with the value: higher values are safer. */
  ASCENDING,
  /** WOE falls as the value rises. */
  DESCENDING,
  /** Whichever of ascending and descending gives the higher IV. */
  AUTO
}
