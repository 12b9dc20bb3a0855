package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.scorecard.CharacteristicDefinition;
import dev.creditloop.decisioning.scorecard.Cutoff;
import dev.creditloop.decisioning.scorecard.ScorecardDefinition;
import java.util.List;

/** {@code type: scorecard}. */
public record ScorecardStep(
    String id,
    Double basePoints,
    Integer reasonCodes,
    List<CharacteristicDefinition> characteristics,
    List<Cutoff> cutoffs)
    implements StepDocument {

  ScorecardDefinition definition(String id) {
    return new ScorecardDefinition(id, basePoints, reasonCodes, characteristics, cutoffs);
  }
}
