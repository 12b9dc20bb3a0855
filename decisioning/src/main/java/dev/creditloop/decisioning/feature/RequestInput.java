package dev.creditloop.decisioning.feature;

/** A fact of the request being decided that only the caller knows, e.g. the amount asked for. */
record RequestInput(FeatureSpec spec) implements FeatureDefinition {

  @Override
  public Evaluator compile(Layout layout) {
    int index = layout.requestInput(spec.name());
    return (frame, slots) -> frame.input(index);
  }
}
