/**
 * JMH benchmarks of the decisioning engine: feature folding, strategy evaluation and a comparison
 * with a classic rule engine on the same rules. The catalogue and rules are generated, so runs are
 * repeatable.
 */
package dev.creditloop.benchmarks.decisioning;
