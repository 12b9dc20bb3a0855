/**
 * The in-loan behaviour events a customer leaves (grants, drawdowns, repayments, logins, positions)
 * and the {@link dev.creditloop.decisioning.event.EventStore} port that keeps them. Features are
 * computed from these events, live or as of any past instant.
 */
package dev.creditloop.decisioning.event;
