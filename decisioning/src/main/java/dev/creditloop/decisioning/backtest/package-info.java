/**
 * Backtests: replaying a compiled strategy over historical decision points with point-in-time
 * features, measuring approve/review/reject rates, rule hit rates and overlaps, bad rates where
 * outcomes are known, and the swap sets between two versions.
 */
package dev.creditloop.decisioning.backtest;
