/**
 * Granting a credit line (授信) and changing a line once granted: its permanent limit, a temporary
 * limit, freezing and unfreezing it. A grant checks the customer, the product and the expiry
 * against the book; a change runs on the line locked and leaves its event in the line's history.
 */
package dev.creditloop.lending.line;
