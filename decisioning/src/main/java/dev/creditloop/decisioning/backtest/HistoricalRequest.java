package dev.creditloop.decisioning.backtest;

import java.time.Instant;
import java.util.Map;

/**
 * A past decision point: who asked, on which line, with which identifiers, when, with which request
 * inputs (amount, term...), and how it turned out if known.
 */
public record HistoricalRequest(
    long customerId,
    Long lineId,
    String idNumber,
    String phone,
    String deviceId,
    Instant at,
    Map<String, Double> requestInputs,
    KnownOutcome outcome) {

  public HistoricalRequest {
    requestInputs = requestInputs == null ? Map.of() : Map.copyOf(requestInputs);
    outcome = outcome == null ? KnownOutcome.UNKNOWN : outcome;
  }
}
