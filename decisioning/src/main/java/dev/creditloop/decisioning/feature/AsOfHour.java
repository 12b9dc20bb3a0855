package dev.creditloop.decisioning.feature;

import java.time.Instant;

/** The local hour (0-23, catalogue zone) of the as-of instant, which is the request's time. */
record AsOfHour(FeatureSpec spec) implements FeatureDefinition {

  @Override
  public Evaluator compile(Layout layout) {
    return (frame, slots) -> EventFilter.localHour(Instant.ofEpochMilli(frame.asOf()));
  }
}
