package dev.creditloop.decisioning.feature;

import java.util.List;
import java.util.OptionalInt;

/**
 * The declared features, each at a fixed slot of the feature array a decision reads. Strategies are
 * type-checked against it when saved and compiled to read slots, never names, on the hot path.
 */
public interface FeatureCatalogue {

  /** All features in slot order: feature i lives at index i of a feature array. */
  List<FeatureSpec> features();

  default int size() {
    return features().size();
  }

  default OptionalInt slotOf(String name) {
    List<FeatureSpec> all = features();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).name().equals(name)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }
}
