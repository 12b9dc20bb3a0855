package dev.creditloop.lending.backtest;

import dev.creditloop.decisioning.strategy.CompiledStrategy;

/** Port: stored strategy versions, compiled. */
public interface CompiledVersions {

  /** The version compiled; throws when there is no such version. */
  CompiledStrategy compiled(String strategyId, int version);
}
