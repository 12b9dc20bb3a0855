package dev.creditloop.decisioning.strategy;

import java.time.Instant;

/**
 * What a decision is taken on: the customer, the identifiers screened against lists (any may be
 * null), the instant of the request (lists are checked as of it) and the point-in-time feature
 * array in catalogue slot order. A decision copies the array once, so the caller may reuse it.
 */
public record DecisionRequest(
    long customerId,
    String idNumber,
    String phone,
    String deviceId,
    Instant at,
    double[] features) {

  public DecisionRequest {
    if (at == null || features == null) {
      throw new IllegalArgumentException("a decision request needs an instant and features");
    }
  }
}
