package dev.creditloop.servicing.creditline;

import dev.creditloop.kernel.Money;
import java.time.LocalDate;

/**
 * Every field of a {@link CreditLine}, for persistence: {@link CreditLine#snapshot()} and {@link
 * CreditLine#fromSnapshot}. {@code temporaryLimit} is null when there is none.
 */
public record CreditLineSnapshot(
    long id,
    long customerId,
    String productCode,
    Money limit,
    TemporaryLimit temporaryLimit,
    Money outstandingPrincipal,
    CreditLineStatus status,
    LocalDate grantedOn,
    LocalDate expiresOn) {}
