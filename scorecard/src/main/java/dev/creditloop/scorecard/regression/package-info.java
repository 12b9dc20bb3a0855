/**
 * Logistic regression of the bad flag on WOE values by iteratively reweighted least squares
 * (Newton–Raphson) with an L2 penalty that spares the intercept.
 */
package dev.creditloop.scorecard.regression;
