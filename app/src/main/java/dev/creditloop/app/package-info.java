/**
 * The server and the command line behind one jar: the Spring Boot application, its wall clock and
 * the commands that need the database (score, backtest, scorecard publish). Everything else lives
 * in a package per feature below this one.
 */
package dev.creditloop.app;
