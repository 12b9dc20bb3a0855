package dev.creditloop.decisioning.feature;

import java.util.Objects;

/**
 * Whose features a decision reads: always a customer; the credit line and device when the request
 * names them. Features of an entity not named here are missing (NaN), not zero.
 */
public record EntityKeys(long customerId, Long creditLineId, String deviceId) {

  public static EntityKeys customer(long customerId) {
    return new EntityKeys(customerId, null, null);
  }

  public EntityKeys withCreditLine(long creditLineId) {
    return new EntityKeys(customerId, creditLineId, deviceId);
  }

  public EntityKeys withDevice(String deviceId) {
    return new EntityKeys(customerId, creditLineId, Objects.requireNonNull(deviceId));
  }
}
