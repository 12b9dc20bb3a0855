/**
 * Scorecards (the behaviour B-card): characteristics binned on a feature, points per bin, a base,
 * the score as the sum, reason codes from the largest losses against each characteristic's best
 * bin, and score cut-offs giving an action.
 */
package dev.creditloop.decisioning.scorecard;
