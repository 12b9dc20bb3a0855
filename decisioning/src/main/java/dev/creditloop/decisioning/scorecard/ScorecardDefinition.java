package dev.creditloop.decisioning.scorecard;

import java.util.List;

/**
 * A scorecard as written: base points, characteristics, how many reason codes to give (default 3)
 * and the cut-offs, in ascending order of {@code below}.
 */
public record ScorecardDefinition(
    String id,
    Double basePoints,
    Integer reasonCodes,
    List<CharacteristicDefinition> characteristics,
    List<Cutoff> cutoffs) {}
