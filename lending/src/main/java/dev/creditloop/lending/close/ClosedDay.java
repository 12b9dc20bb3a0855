package dev.creditloop.lending.close;

import java.time.LocalDate;

/** What closing one day did, and how long it took. */
public record ClosedDay(
    LocalDate day,
    long loansLoaded,
    long loansClosed,
    long entriesPosted,
    long bucketChanges,
    long linesUpdated,
    long millis) {}
