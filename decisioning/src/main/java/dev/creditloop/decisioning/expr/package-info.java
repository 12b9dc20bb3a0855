/**
 * Rule expressions: CEL type-checked against the feature catalogue at save time, then compiled to
 * closures over the {@code double[]} feature array so a decision never interprets anything. CEL's
 * own interpreter stays available as the reference the compiled form is tested against.
 */
package dev.creditloop.decisioning.expr;
