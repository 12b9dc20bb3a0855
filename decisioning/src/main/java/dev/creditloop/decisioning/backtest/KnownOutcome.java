package dev.creditloop.decisioning.backtest;

/** How a historical decision point turned out, when known (e.g. 30+ DPD within 6 months = BAD). */
public enum KnownOutcome {
  GOOD,
  BAD,
  UNKNOWN
}
