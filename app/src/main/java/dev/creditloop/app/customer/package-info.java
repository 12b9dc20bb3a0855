/**
 * Borrowers: registration and lookup, with ID number and phone sealed at rest and opened on read.
 * The HTTP edge, which masks them on the way out, is {@code customer.web}; the rows are {@code
 * customer.persistence}.
 */
package dev.creditloop.app.customer;
