package dev.creditloop.lending.backtest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Replay the requests of [{@code from}, {@code to}] (business days) through a version, or two side
 * by side; a request is bad when a loan of its customer reaches M2+ within {@code outcomeDays}.
 */
public record BacktestCommand(
    String strategyId,
    int version,
    Integer compareWithVersion,
    LocalDate from,
    LocalDate to,
    int outcomeDays) {

  public BacktestCommand {
    Objects.requireNonNull(strategyId, "strategyId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
    if (outcomeDays < 1) {
      throw new IllegalArgumentException("outcomeDays must be positive");
    }
  }
}
