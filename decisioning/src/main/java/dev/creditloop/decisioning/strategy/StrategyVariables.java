package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.feature.FeatureCatalogue;
import dev.creditloop.decisioning.feature.FeatureSpec;
import dev.creditloop.decisioning.feature.FeatureType;
import java.util.ArrayList;
import java.util.List;

/**
 * What a strategy's expressions may name: the catalogue's features, then the variables a strategy
 * computes itself, held in extra slots after the catalogue's. Today that is {@code score}, the
 * score of the last scorecard the flow ran (NaN before one runs).
 */
record StrategyVariables(List<FeatureSpec> features) implements FeatureCatalogue {

  static final String SCORE = "score";

  static StrategyVariables over(FeatureCatalogue catalogue) {
    List<FeatureSpec> all = new ArrayList<>(catalogue.features());
    all.add(
        new FeatureSpec(
            SCORE,
            FeatureType.NUMBER,
            "strategy",
            "score of the last scorecard the flow ran; missing before one runs"));
    return new StrategyVariables(List.copyOf(all));
  }
}
