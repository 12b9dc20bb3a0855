/**
 * JMH benchmarks of the servicing core: the daily close of a batch of loans in memory. They measure
 * the core alone, without a database.
 */
package dev.creditloop.benchmarks.servicing;
