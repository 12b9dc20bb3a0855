package dev.creditloop.decisioning.strategy;

/**
 * Where an output's number comes from: either {@code expr}, a CEL number expression over the
 * features and {@code score}, or {@code table} + {@code column}, the value of the row that hit.
 */
public record OutputDocument(String expr, String table, String column) {}
