/**
 * The ports every lending use case may be given: customers, stored credit lines and loans,
 * products, the business calendar, the behaviour feed, the ledger's event sink and the unit of
 * work. The server implements them over its database; the tests of each use case implement them in
 * memory.
 */
package dev.creditloop.lending.port;
