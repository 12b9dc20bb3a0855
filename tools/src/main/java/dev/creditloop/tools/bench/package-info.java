/**
 * Loads large books straight into the database for the close and end-to-end decision benchmarks.
 * Used only by the benchmark commands, never by the served API.
 */
package dev.creditloop.tools.bench;
