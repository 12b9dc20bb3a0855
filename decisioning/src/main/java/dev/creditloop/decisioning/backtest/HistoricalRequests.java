package dev.creditloop.decisioning.backtest;

import java.util.List;

/** The decision points to replay, streamed in order; {@link #size} drives the progress report. */
public interface HistoricalRequests extends Iterable<HistoricalRequest> {

  long size();

  static HistoricalRequests of(List<HistoricalRequest> requests) {
    List<HistoricalRequest> copy = List.copyOf(requests);
    return new HistoricalRequests() {
      @Override
      public long size() {
        return copy.size();
      }

      @Override
      public java.util.Iterator<HistoricalRequest> iterator() {
        return copy.iterator();
      }
    };
  }
}
