package dev.creditloop.decisioning.backtest;

import java.time.Instant;
import java.util.Map;

/**
 * The feature array as it would have been at {@code at}: only events up to that instant count, plus
 * the request's own inputs; the app adapts {@code feature.PointInTimeFeatures} to it. A backtest
 * cannot be honest without it.
 */
@FunctionalInterface
public interface FeaturesAsOf {

  double[] featuresAsOf(
      long customerId, Long lineId, String deviceId, Instant at, Map<String, Double> requestInputs);
}
