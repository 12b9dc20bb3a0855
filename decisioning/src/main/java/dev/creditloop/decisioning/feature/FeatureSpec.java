package dev.creditloop.decisioning.feature;

/**
 * What a strategy may know about one feature: its name (a CEL identifier such as {@code
 * drawdown_count_24h}), its type, its theme and what it means.
 */
public record FeatureSpec(String name, FeatureType type, String theme, String description) {}
