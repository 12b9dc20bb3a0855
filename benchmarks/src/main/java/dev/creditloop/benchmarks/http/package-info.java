/**
 * Open-loop HTTP load on the drawdown endpoint of a server on loopback, with latency percentiles.
 * Bounded in count and time, it talks only to the address it is given.
 */
package dev.creditloop.benchmarks.http;
