/**
 * The audit feature's rows: the hash-chained {@code audit_record}s with the chain's head row, which
 * a writer locks for its batch, and the audited entities' rows read as they stand (the "before" and
 * "after" of a command).
 */
package dev.creditloop.app.audit.persistence;
