/**
 * Portfolio views across the book: size and balances, bucket mix, decisions per day and by rule,
 * vintage curves.
 */
package dev.creditloop.app.reporting;
