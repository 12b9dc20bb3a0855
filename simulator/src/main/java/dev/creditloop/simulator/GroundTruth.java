package dev.creditloop.simulator;

import java.time.LocalDate;

/**
 * What is really true of a customer, known only to the simulator: for measuring strategies and
 * models, never for them to read. {@code defaultedOn} is the day the customer first stopped paying
 * (null if never); "bad" labels such as 60+ days past due within 6 months of an observation date
 * come from the delinquency history instead.
 */
public record GroundTruth(
    long customerId,
    boolean fraud,
    int fraudRing,
    double monthlyPropensity,
    LocalDate grantedOn,
    LocalDate defaultedOn) {

  public boolean defaulted() {
    return defaultedOn != null;
  }

  /** Whether the customer defaulted within 90 days of the credit grant. */
  public boolean defaultedWithin90Days() {
    return defaultedOn != null && !defaultedOn.isAfter(grantedOn.plusDays(90));
  }
}
