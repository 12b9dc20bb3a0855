/**
 * Loans (借据) from drawdown to settlement or write-off: the contract terms copied from the product,
 * the instalments with what is due, paid and waived per component, and the loan's status and
 * delinquency. Repayments and the daily close act on a loan only through its behaviour methods.
 */
package dev.creditloop.servicing.loan;
