/**
 * The customer feature's rows: {@code customer}, with ID number and phone as the sealed text and
 * blind index the feature hands over; this package never sees them in the clear.
 */
package dev.creditloop.app.customer.persistence;
