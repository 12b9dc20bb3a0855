/**
 * Batch scoring of the whole book with a strategy's scorecard, and the customers' score history.
 */
package dev.creditloop.app.scoring;
