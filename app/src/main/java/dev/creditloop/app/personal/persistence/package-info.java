/**
 * Rewriting stored personal data in bulk: the blind index recomputed under a new index key, a batch
 * of rows per transaction.
 */
package dev.creditloop.app.personal.persistence;
