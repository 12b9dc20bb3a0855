/**
 * Strategies: the versioned document (YAML or JSON) that segments requests and runs flows of list
 * checks, rule sets, tables and scorecards; its compiler, which validates everything with exact
 * paths; the compiled, thread-safe form that decides; champion/challenger arms.
 */
package dev.creditloop.decisioning.strategy;
