/**
 * Scoring passes: every customer holding a credit line scored with a strategy's scorecard step as
 * of the close of a business day, the scores kept as the customer's score history. The ports say
 * where the book, the features, the strategies and the stored passes come from.
 */
package dev.creditloop.lending.scoring;
