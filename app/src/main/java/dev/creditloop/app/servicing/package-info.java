/**
 * The servicing ledger over the database: credit lines, drawdowns through the decision gate,
 * repayments, manual reviews and the daily close, each in one transaction. The core's rules do the
 * arithmetic; this package locks, stores and audits.
 */
package dev.creditloop.app.servicing;
