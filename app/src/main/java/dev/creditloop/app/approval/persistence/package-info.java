/**
 * The approval feature's rows: the held commands in {@code approval_request} with their decision
 * and answer, and the one figure four-eyes reads from the book, a credit line's granted limit.
 */
package dev.creditloop.app.approval.persistence;
