/**
 * The modelling pipeline end to end: bin every variable (automatic, then the edit log), select by
 * IV and correlation, fit the regression on WOE values, drop variables with a wrong-signed
 * coefficient, scale to points; and stratified k-fold cross-validation that reruns all of it on
 * each training fold, so no test row informs the binning, the selection or the fit it is scored by.
 */
package dev.creditloop.scorecard.training;
