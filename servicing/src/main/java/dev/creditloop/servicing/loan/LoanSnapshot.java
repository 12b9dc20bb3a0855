package dev.creditloop.servicing.loan;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.delinquency.Bucket;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every field of a {@link Loan}, for persistence: {@link Loan#snapshot()} and {@link
 * Loan#fromSnapshot}. {@code closedThrough} is null until the first close that loads the loan;
 * {@code endedOn} is the settlement or write-off date, null while open. {@code penaltyUnposted} is
 * penalty charged to the instalments and not yet posted to the journal. {@code nonAccrualOn} is the
 * day the loan stopped recognising income (null while it accrues), {@code penaltySuspense} the
 * unpaid penalty posted to suspense since; {@code writtenOff} is what a write-off took off the
 * books (null unless WRITTEN_OFF) and {@code recovered} what has been recovered of it since.
 */
public record LoanSnapshot(
    long id,
    long lineId,
    long customerId,
    String productCode,
    LoanTerms terms,
    LoanStatus status,
    int dpd,
    Bucket bucket,
    LocalDate closedThrough,
    LocalDate endedOn,
    Money penaltyUnposted,
    List<InstallmentSnapshot> installments,
    LocalDate nonAccrualOn,
    Money penaltySuspense,
    LoanWrittenOff writtenOff,
    Money recovered) {

  public LoanSnapshot {
    Objects.requireNonNull(penaltyUnposted, "penaltyUnposted");
    Objects.requireNonNull(penaltySuspense, "penaltySuspense");
    Objects.requireNonNull(recovered, "recovered");
    installments = List.copyOf(installments);
  }
}
