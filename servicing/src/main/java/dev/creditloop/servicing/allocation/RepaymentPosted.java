package dev.creditloop.servicing.allocation;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.ServicingEvent;
import java.time.LocalDate;

/**
 * A repayment was applied. {@code daysPastDue} is the loan's dpd at the last close before it (for
 * on-time versus late repayment features); {@code settled} when it paid the loan off.
 */
public record RepaymentPosted(
    long loanId,
    long lineId,
    long customerId,
    Money amount,
    Money principalRepaid,
    int daysPastDue,
    boolean settled,
    LocalDate on)
    implements ServicingEvent {}
