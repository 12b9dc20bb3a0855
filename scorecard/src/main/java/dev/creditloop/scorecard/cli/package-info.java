/**
 * The command line: {@code scorecard train ...} reads a sample, trains and cross-validates a
 * scorecard and writes the report, the PMML and the decisioning export. Plain Java, no framework.
 */
package dev.creditloop.scorecard.cli;
