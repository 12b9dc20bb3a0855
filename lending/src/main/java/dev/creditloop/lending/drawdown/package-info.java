/**
 * Drawing down a credit line (支用): the pre-check, the request the drawdown gate decides (disbursed,
 * parked for a person, or rejected), and the review of a parked drawdown. The decision itself is
 * behind one port, {@link dev.creditloop.lending.drawdown.DrawdownGate}, which the server and the
 * simulator both implement with a strategy.
 */
package dev.creditloop.lending.drawdown;
