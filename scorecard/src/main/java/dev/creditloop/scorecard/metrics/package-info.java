/**
 * How well scores separate goods from bads and how stable they are: AUC (rank-based, ties count
 * half), Gini, KS, bad rate and lift by score band, PSI and CSI. Scores follow the scorecard
 * convention throughout: a higher score means a lower risk.
 */
package dev.creditloop.scorecard.metrics;
