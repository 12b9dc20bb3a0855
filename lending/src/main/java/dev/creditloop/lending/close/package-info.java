/**
 * Closing business days: the book's date moves through each day in order, every day closed whole
 * (by {@code servicing.close.CloseBusinessDay}) before the next begins, within limits, watchable
 * while it runs and stoppable between days. The ports say what the close needs from the server.
 */
package dev.creditloop.lending.close;
