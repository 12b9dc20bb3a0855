/**
 * Rule sets: CEL conditions with an action and a reason code, evaluated first-match, all-match or
 * as a weighted sum against thresholds. Also owns {@link dev.creditloop.decisioning.rule.Action},
 * the verdict every step type speaks.
 */
package dev.creditloop.decisioning.rule;
