/**
 * The {@code simulate} command: runs the portfolio simulator and writes the simulated book into the
 * database with bulk loads, with its ground truth in tables of its own. Nothing else in the app
 * reads the ground truth.
 */
package dev.creditloop.tools.simulator;
