/**
 * The reporting feature's reads: counts and sums over the book's lines, loans, decisions and
 * delinquency events, each narrowed to one agency's customers when asked.
 */
package dev.creditloop.app.reporting.persistence;
