/**
 * The decisioning engine wired into the server: strategy versions and their activation, the
 * behaviour feed into the feature state, backtests and the drawdown gate backed by the active
 * strategy. Plain-Java engine pieces are built here with {@code @Bean} methods; storage and HTTP
 * sit in the subpackages.
 */
package dev.creditloop.app.decisioning;
