package dev.creditloop.decisioning.event;

import dev.creditloop.kernel.Money;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a customer did or that happened to a customer's credit, as features see it.
 *
 * <p>{@code sequence} is the arrival order the {@link EventStore} assigns on append (0 before); it
 * breaks ties between events at the same instant. {@code occurredAt} is when it happened and may be
 * earlier than events already stored: events arrive out of order. The credit line, device, amount
 * and position are absent ({@code null}) when they do not apply. Attributes carry the few
 * type-specific facts named by the constants here; they are checked on construction, so a bad value
 * fails where the event enters, not in a feature.
 */
public record BehaviourEvent(
    long sequence,
    EventType type,
    long customerId,
    Long creditLineId,
    String deviceId,
    Instant occurredAt,
    Money amount,
    GeoPoint position,
    Map<String, String> attributes) {

  /** Days past due, a non-negative integer: at payment (REPAYMENT) or at report (overdue). */
  public static final String DAYS_PAST_DUE = "days_past_due";

  /** "true" or "false" on a REPAYMENT; when absent, a repayment is on time if 0 days past due. */
  public static final String ON_TIME = "on_time";

  /** The principal part of a REPAYMENT, e.g. "120.50"; when absent, the whole amount. */
  public static final String PRINCIPAL = "principal";

  public BehaviourEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (type.carriesAmount() && amount == null) {
      throw new IllegalArgumentException(type + " needs an amount");
    }
    if (amount != null && amount.isNegative()) {
      throw new IllegalArgumentException("negative amount " + amount + " on " + type);
    }
    if (deviceId != null && deviceId.isBlank()) {
      throw new IllegalArgumentException("blank device id");
    }
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    checkAttributes(attributes);
  }

  /** An event without an amount, credit line, device or position. */
  public static BehaviourEvent of(EventType type, long customerId, Instant occurredAt) {
    return new BehaviourEvent(0, type, customerId, null, null, occurredAt, null, null, Map.of());
  }

  /** An event with an amount and nothing else optional. */
  public static BehaviourEvent of(
      EventType type, long customerId, Instant occurredAt, Money amount) {
    return new BehaviourEvent(0, type, customerId, null, null, occurredAt, amount, null, Map.of());
  }

  public BehaviourEvent withSequence(long sequence) {
    return new BehaviourEvent(
        sequence,
        type,
        customerId,
        creditLineId,
        deviceId,
        occurredAt,
        amount,
        position,
        attributes);
  }

  public BehaviourEvent withCreditLine(long creditLineId) {
    return new BehaviourEvent(
        sequence,
        type,
        customerId,
        creditLineId,
        deviceId,
        occurredAt,
        amount,
        position,
        attributes);
  }

  public BehaviourEvent withDevice(String deviceId) {
    return new BehaviourEvent(
        sequence,
        type,
        customerId,
        creditLineId,
        deviceId,
        occurredAt,
        amount,
        position,
        attributes);
  }

  public BehaviourEvent withPosition(double latitude, double longitude) {
    return new BehaviourEvent(
        sequence,
        type,
        customerId,
        creditLineId,
        deviceId,
        occurredAt,
        amount,
        new GeoPoint(latitude, longitude),
        attributes);
  }

  public BehaviourEvent withAttribute(String key, String value) {
    Map<String, String> more = new HashMap<>(attributes);
    more.put(key, value);
    return new BehaviourEvent(
        sequence, type, customerId, creditLineId, deviceId, occurredAt, amount, position, more);
  }

  /** {@link #DAYS_PAST_DUE}, or 0 when absent. */
  public int daysPastDue() {
    String value = attributes.get(DAYS_PAST_DUE);
    return value == null ? 0 : Integer.parseInt(value);
  }

  /** {@link #ON_TIME}, or whether {@link #daysPastDue()} is 0 when absent. */
  public boolean onTime() {
    String value = attributes.get(ON_TIME);
    return value == null ? daysPastDue() == 0 : Boolean.parseBoolean(value);
  }

  /** {@link #PRINCIPAL}, or the whole amount when absent; zero for an event without an amount. */
  public Money principal() {
    String value = attributes.get(PRINCIPAL);
    if (value != null) {
      return Money.of(value);
    }
    return amount == null ? Money.ZERO : amount;
  }

  private static void checkAttributes(Map<String, String> attributes) {
    String dpd = attributes.get(DAYS_PAST_DUE);
    if (dpd != null) {
      int days;
      try {
        days = Integer.parseInt(dpd);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("days past due is not an integer: " + dpd);
      }
      if (days < 0) {
        throw new IllegalArgumentException("negative days past due: " + dpd);
      }
    }
    String onTime = attributes.get(ON_TIME);
    if (onTime != null && !onTime.equals("true") && !onTime.equals("false")) {
      throw new IllegalArgumentException("on_time must be true or false: " + onTime);
    }
    String principal = attributes.get(PRINCIPAL);
    if (principal != null && Money.of(principal).isNegative()) {
      throw new IllegalArgumentException("negative principal: " + principal);
    }
  }
}
