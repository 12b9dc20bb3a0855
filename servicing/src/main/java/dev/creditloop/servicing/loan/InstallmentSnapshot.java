package dev.creditloop.servicing.loan;

import dev.creditloop.kernel.Money;
import java.time.LocalDate;

/** Every field of an {@link Installment}, for persistence. */
public record InstallmentSnapshot(
    int number,
    LocalDate dueDate,
    InstallmentStatus status,
    Money principalDue,
    Money interestDue,
    Money feeDue,
    Money penaltyDue,
    Money principalPaid,
    Money interestPaid,
    Money feePaid,
    Money penaltyPaid,
    Money interestWaived,
    Money feeWaived) {}
