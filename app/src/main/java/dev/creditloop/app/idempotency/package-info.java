/** At-most-once execution of money-moving requests keyed by the client's Idempotency-Key header. */
package dev.creditloop.app.idempotency;
