/**
 * At-most-once execution of money-moving requests keyed by the client's Idempotency-Key header: a
 * web concern (the key is a header, the stored outcome an HTTP status and body), used by the
 * controllers and hot lanes that move money.
 */
package dev.creditloop.app.idempotency.web;
