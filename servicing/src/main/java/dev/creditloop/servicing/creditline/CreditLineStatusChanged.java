package dev.creditloop.servicing.creditline;

import dev.creditloop.servicing.ServicingEvent;
import java.time.LocalDate;

/** A line was frozen, unfrozen, expired or closed. */
public record CreditLineStatusChanged(
    long lineId,
    long customerId,
    CreditLineStatus from,
    CreditLineStatus to,
    String reason,
    String actor,
    LocalDate on)
    implements ServicingEvent {}
