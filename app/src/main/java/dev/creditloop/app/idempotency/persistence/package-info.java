/**
 * The idempotency feature's rows: one {@code idempotency_record} per (scope, key), claimed in the
 * transaction of the work it guards and holding that work's answer once it commits.
 */
package dev.creditloop.app.idempotency.persistence;
