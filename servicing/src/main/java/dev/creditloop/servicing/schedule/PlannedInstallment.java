package dev.creditloop.servicing.schedule;

import dev.creditloop.kernel.Money;
import java.time.LocalDate;

/** One instalment of a schedule, numbered from 1. */
public record PlannedInstallment(
    int number, LocalDate dueDate, Money principal, Money interest, Money fee) {

  public Money total() {
    return principal.plus(interest).plus(fee);
  }
}
