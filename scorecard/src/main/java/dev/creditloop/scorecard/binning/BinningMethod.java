package dev.creditloop.scorecard.binning;

/** How fine bins are merged into the final bins. */
public enum BinningMethod {
  /** Merge the adjacent pair least different by chi-square until all differ significantly. */
  CHI_MERGE,
  /**
   * The partition with the highest IV under the bin count, share and trend constraints (exact DP).
   */
  IV_OPTIMAL
}
