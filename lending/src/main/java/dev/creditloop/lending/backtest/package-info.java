/**
 * Backtesting a strategy version: the drawdown requests of a period replayed through it with the
 * features as they were at each request, with the outcome where it is known by now. The ports say
 * where the requests, the outcomes and the versions come from.
 */
package dev.creditloop.lending.backtest;
