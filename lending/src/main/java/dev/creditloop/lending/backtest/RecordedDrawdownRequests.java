package dev.creditloop.lending.backtest;

import dev.creditloop.decisioning.backtest.HistoricalRequest;
import java.time.Instant;
import java.util.List;

/** Port: the drawdown requests the engine saw, from the stored behaviour events. */
public interface RecordedDrawdownRequests {

  /**
   * The requests made in [{@code from}, {@code until}), in the order they were made, their outcome
   * not yet known ({@link dev.creditloop.decisioning.backtest.KnownOutcome#UNKNOWN}).
   */
  List<HistoricalRequest> madeBetween(Instant from, Instant until);
}
