package dev.creditloop.lending.backtest;

import dev.creditloop.decisioning.backtest.BacktestReport;
import dev.creditloop.decisioning.backtest.Comparison;

/** What a backtest found: one version's report, or two versions compared on the same requests. */
public sealed interface BacktestOutcome
    permits BacktestOutcome.OneVersion, BacktestOutcome.TwoVersions {

  BacktestCommand command();

  /** How many requests were replayed. */
  int requests();

  record OneVersion(BacktestCommand command, int requests, BacktestReport report)
      implements BacktestOutcome {}

  record TwoVersions(BacktestCommand command, int requests, Comparison comparison)
      implements BacktestOutcome {}
}
