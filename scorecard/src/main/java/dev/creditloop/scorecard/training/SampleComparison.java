package dev.creditloop.scorecard.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stability of a model between its development sample and another one (a later month, an
 * out-of-time sample): PSI of the score over development deciles, CSI of each model variable over
 * its bins.
 */
public record SampleComparison(
    int expectedRows, int actualRows, double scorePsi, Map<String, Double> csi) {

  public SampleComparison {
    // variable order kept: the model's order reads better than a hash order
    csi = Collections.unmodifiableMap(new LinkedHashMap<>(csi));
  }
}
