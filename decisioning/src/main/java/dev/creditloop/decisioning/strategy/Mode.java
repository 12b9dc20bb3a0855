package dev.creditloop.decisioning.strategy;

/** Whether a strategy's decisions are acted on. */
public enum Mode {
  /** Decisions are acted on. */
  LIVE,
  /** Decisions are evaluated and logged, never acted on: a strategy on trial. */
  SHADOW
}
