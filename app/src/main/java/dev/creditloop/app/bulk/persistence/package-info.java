/**
 * Fast multi-row writes (COPY on PostgreSQL, multi-row inserts elsewhere) for the server's batches:
 * the decision log, the journal and loans of the daily close, the scoring run; the toolbox's bulk
 * loads use them too.
 */
package dev.creditloop.app.bulk.persistence;
