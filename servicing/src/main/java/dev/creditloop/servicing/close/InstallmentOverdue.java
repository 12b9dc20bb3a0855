package dev.creditloop.servicing.close;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.ServicingEvent;
import java.time.LocalDate;

/** An instalment was left unpaid at the close of its due date ({@code on}). */
public record InstallmentOverdue(
    long loanId, long customerId, int installment, LocalDate dueDate, Money unpaid, LocalDate on)
    implements ServicingEvent {}
