package dev.creditloop.benchmarks.decisioning;

import dev.creditloop.decisioning.feature.FeatureCatalogue;
import dev.creditloop.decisioning.feature.FeatureSpec;
import dev.creditloop.decisioning.feature.FeatureType;
import dev.creditloop.decisioning.strategy.DefaultDrawdownStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's catalogue: 100 generated numeric features {@code f0..f99} at slots 0..99, then
 * the features the default drawdown strategy names.
 */
record BenchmarkCatalogue(List<FeatureSpec> features) implements FeatureCatalogue {

  static final int GENERATED = 100;

  static BenchmarkCatalogue create() {
    List<FeatureSpec> all = new ArrayList<>();
    for (int i = 0; i < GENERATED; i++) {
      all.add(new FeatureSpec("f" + i, FeatureType.NUMBER, "generated", "generated feature " + i));
    }
    for (Map.Entry<String, DefaultDrawdownStrategy.Feature> e :
        DefaultDrawdownStrategy.FEATURES.entrySet()) {
      all.add(new FeatureSpec(e.getKey(), e.getValue().type(), "drawdown", e.getValue().meaning()));
    }
    return new BenchmarkCatalogue(List.copyOf(all));
  }
}
