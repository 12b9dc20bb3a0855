package dev.creditloop.decisioning.feature;

/**
 * A declared feature: what it is called and means, and how it is computed, which it compiles once
 * into an {@link Evaluator}, registering the sources and windows it reads.
 */
interface FeatureDefinition {

  FeatureSpec spec();

  Evaluator compile(Layout layout);
}
