package dev.creditloop.servicing.close;

import java.time.LocalDate;

/**
 * A summary of one day's close: loans loaded, loans changed (those already closed through the day
 * are skipped), entries posted, bucket changes, credit lines expired or with a lapsed temporary
 * limit.
 */
public record DayClosed(
    LocalDate day,
    long loansLoaded,
    long loansClosed,
    long entriesPosted,
    long bucketChanges,
    long linesUpdated) {}
