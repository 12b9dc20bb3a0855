/**
 * Bulk loads of the toolbox (simulator, demo book, benchmarks): customers written in bulk and the
 * window that lifts a book's keys and indexes while it loads. The server never loads in bulk.
 */
package dev.creditloop.tools.bulk;
