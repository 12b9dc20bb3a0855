/**
 * Scorecards in and out: PMML 4.4 {@code Scorecard} export and import, and the neutral JSON the
 * decisioning module compiles into its own scorecards.
 */
package dev.creditloop.scorecard.interchange;
