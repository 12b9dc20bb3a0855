/**
 * Rewriting stored personal data in bulk: values re-sealed under a new key, the blind index
 * recomputed under a new index key, a batch of rows per transaction; and Flyway's migration 15,
 * which sealed the values stored in clear before V14.
 */
package dev.creditloop.app.personal.persistence;
