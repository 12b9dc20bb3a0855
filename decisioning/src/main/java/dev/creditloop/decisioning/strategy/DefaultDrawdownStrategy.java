package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.feature.FeatureType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drawdown strategy a new installation starts from ({@code default-drawdown.yaml} beside this
 * class). It names features only through {@link #FEATURES}; where the catalogue calls a feature
 * differently, pass the renames to {@link #document(Map)} instead of editing the YAML.
 */
public final class DefaultDrawdownStrategy {

  public static final String RESOURCE = "default-drawdown.yaml";

  /** A feature the default strategy reads: its type and what it must mean. */
  public record Feature(FeatureType type, String meaning) {}

  /** Every feature name the default strategy uses, in the order a catalogue might list them. */
  public static final Map<String, Feature> FEATURES = features();

  private static Map<String, Feature> features() {
    Map<String, Feature> f = new LinkedHashMap<>();
    f.put(
        "is_first_drawdown",
        feature(FeatureType.BOOL, "this request is the line's first drawdown"));
    f.put(
        "days_since_grant", feature(FeatureType.NUMBER, "days from credit grant to this request"));
    f.put(
        "drawdown_count_24h",
        feature(FeatureType.NUMBER, "drawdowns in the 24 hours up to and including this request"));
    f.put(
        "night_drawdown_count_7d",
        feature(
            FeatureType.NUMBER,
            "drawdowns between 02:00 and 05:00 local time in the last 7 days, this one included"));
    f.put(
        "sensitive_amount_count_24h",
        feature(
            FeatureType.NUMBER,
            "drawdowns of sensitive amounts (99, 499, 999...) in 24 hours, this one included"));
    f.put(
        "same_amount_max_count_24h",
        feature(
            FeatureType.NUMBER,
            "the largest number of drawdowns of one equal amount within 24 hours"));
    f.put(
        "full_limit_within_24h_of_grant",
        feature(
            FeatureType.BOOL,
            "this request asks for 95% or more of the line's full limit (a temporary limit in force"
                + " included) within 24 hours of credit grant; about this request only, so a refused"
                + " one does not hold back the next"));
    f.put(
        "max_speed_kmh_24h",
        feature(
            FeatureType.NUMBER,
            "highest speed implied by GPS between consecutive events in 24 hours, km/h"));
    f.put("device_count_30d", feature(FeatureType.NUMBER, "distinct devices used in 30 days"));
    f.put("current_dpd", feature(FeatureType.NUMBER, "days past due now, 0 when current"));
    f.put(
        "max_dpd_12m",
        feature(
            FeatureType.NUMBER,
            "highest days past due in the last 12 months (missing without history)"));
    f.put("request_amount", feature(FeatureType.NUMBER, "amount requested, yuan"));
    f.put(
        "utilisation",
        feature(FeatureType.NUMBER, "outstanding principal plus this request over the limit"));
    f.put(
        "on_time_repayment_ratio_12m",
        feature(
            FeatureType.NUMBER, "share of instalments due in 12 months that were repaid on time"));
    f.put(
        "drawdown_amount_trend_1m_vs_3m",
        feature(
            FeatureType.NUMBER,
            "drawdown amount of the last month over the monthly mean of the last 3 months"));
    return java.util.Collections.unmodifiableMap(f);
  }

  private static Feature feature(FeatureType type, String meaning) {
    return new Feature(type, meaning);
  }

  private DefaultDrawdownStrategy() {}

  /** The YAML as shipped. */
  public static String yaml() {
    try (InputStream in = DefaultDrawdownStrategy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The YAML with feature names replaced as whole identifiers: {@code renames} maps a name of
   * {@link #FEATURES} to the catalogue's name for it.
   */
  public static String yaml(Map<String, String> renames) {
    String text = yaml();
    for (Map.Entry<String, String> e : renames.entrySet()) {
      if (!FEATURES.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "'" + e.getKey() + "' is not a feature of the default strategy: " + FEATURES.keySet());
      }
      text =
          text.replaceAll(
              "(?<![A-Za-z0-9_])" + Pattern.quote(e.getKey()) + "(?![A-Za-z0-9_])",
              Matcher.quoteReplacement(e.getValue()));
    }
    return text;
  }

  public static StrategyDocument document() {
    return document(Map.of());
  }

  /**
   * How the standard behaviour catalogue ({@code BehaviourCatalogue.standard()}) names these
   * features.
   */
  public static final Map<String, String> STANDARD_CATALOGUE_NAMES =
      Map.of(
          "sensitive_amount_count_24h", "sensitive_amount_drawdown_count_24h",
          "full_limit_within_24h_of_grant", "full_limit_drawdown_within_24h_of_grant",
          "max_speed_kmh_24h", "gps_max_speed_kmh_24h",
          "device_count_30d", "distinct_device_count_30d",
          "max_dpd_12m", "max_dpd_365d",
          "on_time_repayment_ratio_12m", "on_time_repayment_ratio_365d",
          "drawdown_amount_trend_1m_vs_3m", "drawdown_amount_last_month_vs_avg_3m");

  /** The default strategy as it runs against the standard catalogue. */
  public static String standardYaml() {
    return yaml(STANDARD_CATALOGUE_NAMES);
  }

  public static StrategyDocument document(Map<String, String> renames) {
    try {
      return StrategyDocument.fromYaml(yaml(renames));
    } catch (StrategyDocumentException e) {
      throw new IllegalStateException("the default strategy does not parse: " + e.getMessage(), e);
    }
  }
}
