package dev.creditloop.scorecard.binning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Numeric codes that mean something other than their magnitude (-1 "no file", 999 "not asked"), for
 * every numeric variable or for named ones. Each that occurs gets a bin of its own.
 */
public record SpecialValues(Set<Double> everywhere, Map<String, Set<Double>> byVariable) {

  public SpecialValues {
    everywhere = Set.copyOf(everywhere);
    Map<String, Set<Double>> copy = new HashMap<>();
    byVariable.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    byVariable = Map.copyOf(copy);
  }

  public static SpecialValues none() {
    return new SpecialValues(Set.of(), Map.of());
  }

  public static SpecialValues everywhere(Set<Double> values) {
    return new SpecialValues(values, Map.of());
  }

  public SpecialValues with(String variable, Set<Double> values) {
    Map<String, Set<Double>> next = new HashMap<>(byVariable);
    next.put(variable, values);
    return new SpecialValues(everywhere, next);
  }

  public Set<Double> forVariable(String variable) {
    Set<Double> all = new HashSet<>(everywhere);
    all.addAll(byVariable.getOrDefault(variable, Set.of()));
    return all;
  }
}
