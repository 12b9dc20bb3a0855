package dev.creditloop.decisioning.backtest;

/** Told how far a long run has got: about a hundred times per run, and at the end. */
@FunctionalInterface
public interface BacktestProgress {

  void progress(long done, long total);

  static BacktestProgress none() {
    return (done, total) -> {};
  }
}
