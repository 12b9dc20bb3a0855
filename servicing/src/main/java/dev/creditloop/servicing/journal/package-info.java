/**
 * The double-entry journal of the loan book: accounts, balanced entries and the trial balance. An
 * entry cannot exist unbalanced; every servicing operation returns the entries it causes.
 */
package dev.creditloop.servicing.journal;
