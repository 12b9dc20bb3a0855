/**
 * Modelling samples: a {@link dev.creditloop.scorecard.data.Dataset} of numeric and categorical
 * columns read from CSV or ARFF, and the binary good/bad label a {@link
 * dev.creditloop.scorecard.data.Target} derives from one of its columns.
 */
package dev.creditloop.scorecard.data;
