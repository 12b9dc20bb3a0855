/**
 * The audit trail: who did what, when, from where, to which entity, with the state before and
 * after; append-only and hash-chained so that an edited record is detected. Written for every API
 * write and every refused attempt, by a filter that sees the signed-in user.
 */
package dev.creditloop.app.audit;
