package dev.creditloop.servicing.delinquency;

import dev.creditloop.servicing.ServicingEvent;
import java.time.LocalDate;

/**
 * A loan moved from one bucket to another at the close of {@code on} (or on settlement), with its
 * days past due after the move.
 */
public record BucketChanged(long loanId, Bucket from, Bucket to, LocalDate on, int dpd)
    implements ServicingEvent {}
