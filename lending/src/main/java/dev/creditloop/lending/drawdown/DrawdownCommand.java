package dev.creditloop.lending.drawdown;

import dev.creditloop.kernel.Money;
import java.util.Objects;

/**
 * A drawdown request as validated at the edge: a positive amount, a positive term in the unit the
 * caller named ({@code termInMonths}), and the device when known.
 */
public record DrawdownCommand(
    long lineId, Money amount, int term, boolean termInMonths, String deviceId) {

  public DrawdownCommand {
    Objects.requireNonNull(amount, "amount");
  }
}
