package dev.creditloop.lending.scoring;

import dev.creditloop.decisioning.feature.EntityKeys;
import dev.creditloop.decisioning.feature.RequestInputs;
import java.time.Instant;

/**
 * Port: the features the drawdown engine would have served at an instant: from the live feature
 * state while it still knows that instant, recomputed from stored events when it does not.
 */
public interface BehaviourFeatures {

  /** A view for one pass, over the live state as it is when the pass starts. */
  Pass startPass();

  /** Fills features for one pass; safe to call from several threads. */
  interface Pass {

    /** An array for {@link #fill} to fill, one slot per feature of the catalogue. */
    double[] newFeatureArray();

    /** Fills {@code out}; true when the features were recomputed from stored events. */
    boolean fill(EntityKeys keys, Instant asOf, RequestInputs inputs, double[] out);
  }
}
