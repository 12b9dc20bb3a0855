/**
 * The feature catalogue: in-loan behaviour features declared once (source events, filter,
 * aggregate, window, or an operator over other features) and computed two ways from the same
 * definitions, live from incremental state ({@link
 * dev.creditloop.decisioning.feature.FeatureStates}) and as of any past instant from stored events
 * ({@link dev.creditloop.decisioning.feature.PointInTimeFeatures}), into the feature array
 * strategies read.
 */
package dev.creditloop.decisioning.feature;
