package dev.creditloop.servicing.creditline;

import dev.creditloop.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;

/** A temporary limit (临时额度), e.g. for a festival: the effective limit through {@code until}. */
public record TemporaryLimit(Money amount, LocalDate until) {

  public TemporaryLimit {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(until, "until");
  }

  /** Valid through its last day, inclusive. */
  public boolean validOn(LocalDate on) {
    return !on.isAfter(until);
  }
}
