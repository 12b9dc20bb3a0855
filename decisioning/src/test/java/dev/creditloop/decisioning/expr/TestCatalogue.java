package dev.creditloop.decisioning.expr;

import dev.creditloop.decisioning.feature.FeatureCatalogue;
import dev.creditloop.decisioning.feature.FeatureSpec;
import dev.creditloop.decisioning.feature.FeatureType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A catalogue for tests: the named drawdown features of the default strategy, then {@code n}
 * generated numeric features {@code f0 .. f(n-1)}.
 */
public record TestCatalogue(List<FeatureSpec> features) implements FeatureCatalogue {

  public static final List<String> BOOLS =
      List.of("is_first_drawdown", "full_limit_within_24h_of_grant");

  public static final List<String> NAMED =
      List.of(
          "is_first_drawdown",
          "days_since_grant",
          "drawdown_count_24h",
          "night_drawdown_count_7d",
          "sensitive_amount_count_24h",
          "same_amount_max_count_24h",
          "full_limit_within_24h_of_grant",
          "max_speed_kmh_24h",
          "device_count_30d",
          "current_dpd",
          "max_dpd_12m",
          "request_amount",
          "utilisation",
          "on_time_repayment_ratio_12m",
          "drawdown_amount_trend_1m_vs_3m");

  public static TestCatalogue drawdown() {
    return withGenerated(100);
  }

  public static TestCatalogue withGenerated(int n) {
    List<FeatureSpec> all = new ArrayList<>();
    for (String name : NAMED) {
      all.add(
          new FeatureSpec(
              name, BOOLS.contains(name) ? FeatureType.BOOL : FeatureType.NUMBER, "test", name));
    }
    for (int i = 0; i < n; i++) {
      all.add(new FeatureSpec("f" + i, FeatureType.NUMBER, "generated", "generated " + i));
    }
    return new TestCatalogue(List.copyOf(all));
  }

  /** Just these features, in this order. */
  public static TestCatalogue of(Map<String, FeatureType> features) {
    List<FeatureSpec> all = new ArrayList<>();
    features.forEach((name, type) -> all.add(new FeatureSpec(name, type, "test", name)));
    return new TestCatalogue(List.copyOf(all));
  }

  /** A feature array of this catalogue, all missing (BOOLs false), then the given values set. */
  public double[] values(Object... nameValuePairs) {
    double[] f = new double[features.size()];
    Arrays.fill(f, Double.NaN);
    for (int i = 0; i < features.size(); i++) {
      if (features.get(i).type() == FeatureType.BOOL) {
        f[i] = 0;
      }
    }
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      String name = (String) nameValuePairs[i];
      Object v = nameValuePairs[i + 1];
      int slot = slotOf(name).orElseThrow(() -> new IllegalArgumentException("no feature " + name));
      f[slot] = v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
    }
    return f;
  }
}
