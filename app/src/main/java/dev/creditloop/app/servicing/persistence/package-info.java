/**
 * JDBC storage of the ledger: products, the business calendar, credit lines, loans, the journal and
 * delinquency history. Batched multi-row updates keep the daily close fast.
 */
package dev.creditloop.app.servicing.persistence;
