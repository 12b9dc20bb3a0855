package dev.creditloop.decisioning.scorecard;

import java.util.List;

/**
 * A characteristic: the feature it bins, the reason code given when it costs the customer points,
 * and its bins. {@code name} defaults to the feature's name.
 */
public record CharacteristicDefinition(
    String name, String feature, String reason, String message, List<BinDefinition> bins) {}
