/**
 * Fast multi-row writes (COPY on PostgreSQL, batched inserts of one statement elsewhere and for a
 * few rows) for the server's batches: the decision log, the journal and loans of the daily close,
 * the scoring run; the toolbox's bulk loads use them too.
 */
package dev.creditloop.app.bulk.persistence;
