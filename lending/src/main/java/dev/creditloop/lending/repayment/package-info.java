/**
 * Money received on a loan: a repayment allocated by the ledger (oldest overdue first, the
 * product's component order), or on a written-off loan a recovery. One unit of work per payment,
 * with the loan and its line locked.
 */
package dev.creditloop.lending.repayment;
