package dev.creditloop.decisioning.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.expr.TestCatalogue;
import dev.creditloop.decisioning.feature.FeatureSpec;
import dev.creditloop.decisioning.list.InMemoryListEntries;
import dev.creditloop.decisioning.list.KeyType;
import dev.creditloop.decisioning.list.ListEntry;
import dev.creditloop.decisioning.list.ListKey;
import dev.creditloop.decisioning.list.ListType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultDrawdownStrategyTest {

  static final TestCatalogue CATALOGUE = TestCatalogue.drawdown();
  static final Instant NOW = Instant.parse("2025-06-10T03:00:00Z");
  static final String ID = "110105199001011234";
  static final String PHONE = "13800138000";
  static final String DEVICE = "device-1";

  final InMemoryListEntries lists = new InMemoryListEntries();
  final CompiledStrategy strategy =
      new StrategyCompiler(CATALOGUE, lists)
          .compile(DefaultDrawdownStrategy.document())
          .orElseThrow();

  /** A well-behaved customer of each segment; each test changes one thing. */
  static Map<String, Object> clean(String segment) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("is_first_drawdown", !segment.equals("repeat"));
    f.put("days_since_grant", segment.equals("first_within_30d") ? 10 : 200);
    f.put("drawdown_count_24h", 1);
    f.put("night_drawdown_count_7d", 0);
    f.put("sensitive_amount_count_24h", 0);
    f.put("same_amount_max_count_24h", 1);
    f.put("full_limit_within_24h_of_grant", false);
    f.put("max_speed_kmh_24h", 12);
    f.put("device_count_30d", 1);
    f.put("current_dpd", 0);
    f.put("request_amount", 1200);
    f.put("utilisation", 0.4);
    if (segment.equals("repeat")) {
      f.put("max_dpd_12m", 0);
      f.put("on_time_repayment_ratio_12m", 1.0);
      f.put("drawdown_amount_trend_1m_vs_3m", 1.0);
    }
    return f;
  }

  Decision decide(String segment, Object... changes) {
    Map<String, Object> f = clean(segment);
    for (int i = 0; i < changes.length; i += 2) {
      f.put((String) changes[i], changes[i + 1]);
    }
    List<Object> pairs = new ArrayList<>();
    f.forEach(
        (k, v) -> {
          pairs.add(k);
          pairs.add(v);
        });
    return strategy.decide(
        new DecisionRequest(7, ID, PHONE, DEVICE, NOW, CATALOGUE.values(pairs.toArray())));
  }

  static List<String> codes(Decision d) {
    return d.reasons().stream().map(Reason::code).toList();
  }

  @Test
  void everyFeatureItUsesIsListedInTheMapping() {
    assertThat(DefaultDrawdownStrategy.FEATURES.keySet())
        .containsExactlyInAnyOrderElementsOf(TestCatalogue.NAMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"first_within_30d", "first_after_30d", "repeat"})
  void aCleanCustomerIsApprovedInTheirSegment(String segment) {
    Decision d = decide(segment);
    assertThat(d.segment()).isEqualTo(segment);
    assertThat(d.outcome()).as("%s", d).isEqualTo(Outcome.APPROVE);
    assertThat(d.reasons()).isEmpty();
  }

  @Test
  void aGoodRepeatCustomerGetsTheTopLevelLimitAndPrice() {
    Decision d = decide("repeat");
    // 500 + 60 (dpd 0) + 35 (utilisation 0.4) + 60 (on time) + 40 (trend 1.0) + 20 (200 days)
    assertThat(d.score()).hasValue(715.0);
    assertThat(d.suggestedLimit()).hasValue(7000.0);
    assertThat(d.price()).hasValue(0.18);
    assertThat(d.trace().tableHits().get(0).row()).isEqualTo(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"first_within_30d", "first_after_30d", "repeat"})
  void hardAnomaliesAreRejectedInEverySegment(String segment) {
    assertRejected(decide(segment, "drawdown_count_24h", 5), "VELOCITY_24H");
    assertRejected(decide(segment, "max_speed_kmh_24h", 800), "IMPOSSIBLE_TRAVEL");
    assertRejected(
        decide(segment, "full_limit_within_24h_of_grant", true), "FULL_LIMIT_AFTER_GRANT");
    assertRejected(decide(segment, "sensitive_amount_count_24h", 3), "SENSITIVE_AMOUNTS");
    assertRejected(decide(segment, "night_drawdown_count_7d", 3), "NIGHT_PATTERN");
    assertRejected(decide(segment, "current_dpd", 4), "OVERDUE_NOW");
    assertRejected(decide(segment, "device_count_30d", 5), "MANY_DEVICES");
  }

  @ParameterizedTest
  @ValueSource(strings = {"first_within_30d", "first_after_30d", "repeat"})
  void softAnomaliesGoToReviewInEverySegment(String segment) {
    assertReviewed(decide(segment, "night_drawdown_count_7d", 1), "NIGHT_DRAWDOWN");
    assertReviewed(decide(segment, "sensitive_amount_count_24h", 2), "SENSITIVE_AMOUNT");
    // counts include the request being decided, so one sensitive amount alone is not repeated
    assertThat(decide(segment, "sensitive_amount_count_24h", 1, "request_amount", 499).outcome())
        .isEqualTo(Outcome.APPROVE);
    assertReviewed(decide(segment, "same_amount_max_count_24h", 3), "EQUAL_AMOUNTS");
    assertReviewed(decide(segment, "device_count_30d", 3), "SEVERAL_DEVICES");
    assertReviewed(decide(segment, "drawdown_count_24h", 3), "VELOCITY_HIGH");
  }

  @Test
  void aSingleSensitiveAmountOfAnOrdinarySizeIsNotAnAnomaly() {
    assertThat(decide("repeat", "sensitive_amount_count_24h", 1).outcome())
        .isEqualTo(Outcome.APPROVE);
  }

  @Test
  void overdueHistoryIsRejectedForRepeatAndLateFirstDrawdowns() {
    assertRejected(decide("repeat", "max_dpd_12m", 45), "HIGH_DPD");
    assertRejected(decide("first_after_30d", "max_dpd_12m", 45), "HIGH_DPD");
    assertReviewed(decide("first_after_30d", "max_dpd_12m", 10), "RECENT_DPD");
  }

  @Test
  void theLateFirstDrawdownIsJudgedMoreStrictlyThanTheEarlyOne() {
    assertThat(decide("first_within_30d", "utilisation", 0.95).outcome())
        .isEqualTo(Outcome.APPROVE);
    assertReviewed(decide("first_after_30d", "utilisation", 0.95), "HIGH_UTILISATION");
    assertThat(decide("first_within_30d", "device_count_30d", 2).outcome())
        .isEqualTo(Outcome.APPROVE);
    assertReviewed(decide("first_after_30d", "device_count_30d", 2), "DEVICE_CHANGE");
  }

  @Test
  void cashStrainIsReviewed() {
    Decision d = decide("repeat", "utilisation", 0.97, "drawdown_amount_trend_1m_vs_3m", 2.5);
    assertThat(codes(d)).contains("CASH_STRAIN");
    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
  }

  @Test
  void aLowBehaviourScoreIsRejectedWithTheCharacteristicsThatCostTheMost() {
    Decision d =
        decide(
            "repeat",
            "max_dpd_12m",
            20,
            "utilisation",
            0.8,
            "on_time_repayment_ratio_12m",
            0.5,
            "drawdown_amount_trend_1m_vs_3m",
            2.5,
            "days_since_grant",
            30);
    // 500 + 0 + 15 - 30 + 0 + 0; losses: on_time 90, dpd 60, trend 40, utilisation 35, tenure 35
    assertThat(d.score()).hasValue(485.0);
    assertThat(d.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(codes(d)).containsExactly("LOW_BSCORE", "B03_REPAYMENT", "B01_DPD", "B04_TREND");
    assertThat(d.trace().scorecardBins())
        .extracting(DecisionTrace.BinHit::bin)
        .containsExactly("[8, 31)", "[0.6, 0.9)", "(-inf, 0.7)", "[2, +inf)", "(-inf, 90)");
    assertThat(d.outputs()).isEmpty();
  }

  @Test
  void aMiddlingScoreIsReviewedAndGetsALowerLimit() {
    Decision d = decide("repeat", "on_time_repayment_ratio_12m", 0.8, "utilisation", 0.7);
    // 500 + 60 + 15 + 10 + 40 + 20
    assertThat(d.score()).hasValue(645.0);
    assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
    assertThat(d.suggestedLimit()).hasValue(4500.0);
    Decision mid = decide("repeat", "on_time_repayment_ratio_12m", 0.5, "utilisation", 0.95);
    // 500 + 60 + 0 - 30 + 40 + 20
    assertThat(mid.score()).hasValue(590.0);
    assertReviewed(mid, "MID_BSCORE");
  }

  @Test
  void listsRejectReviewOrLetTrustedCustomersPastTheSoftChecks() {
    lists.add(entry(ListType.GREY, KeyType.DEVICE, DEVICE));
    assertReviewed(decide("repeat"), "GREYLIST");
    lists.add(entry(ListType.BLACK, KeyType.PHONE, "+86 138 0013 8000"));
    Decision black = decide("repeat");
    assertRejected(black, "BLACKLIST");
    assertThat(black.trace().listHits()).hasSize(2);
    assertThat(black.trace().steps()).containsExactly("lists");
  }

  @Test
  void aWhiteListedCustomerSkipsTheSoftChecksButNotTheHardOnes() {
    assertReviewed(decide("repeat", "night_drawdown_count_7d", 1), "NIGHT_DRAWDOWN");
    lists.add(entry(ListType.WHITE, KeyType.ID_NUMBER, ID));
    Decision d = decide("repeat", "night_drawdown_count_7d", 1);
    assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
    assertThat(d.trace().skipped()).containsExactly("soft_anomalies");
    assertRejected(decide("repeat", "drawdown_count_24h", 6), "VELOCITY_24H");
  }

  @Test
  void theTraceShowsTheFeaturesReadAndTheRulesHit() {
    Decision d = decide("repeat", "night_drawdown_count_7d", 1, "device_count_30d", 3);
    DecisionTrace trace = d.trace();
    assertThat(trace.ruleHits())
        .extracting(h -> h.step() + "/" + h.rule())
        .containsExactly("soft_anomalies/night_drawdown", "soft_anomalies/several_devices");
    assertThat(trace.featuresRead())
        .containsEntry("night_drawdown_count_7d", 1.0)
        .containsEntry("device_count_30d", 3.0)
        .containsEntry("score", 715.0)
        .doesNotContainKey("f0");
  }

  @Test
  void featureNamesCanBeAlignedWithTheCatalogueThroughTheMapping() {
    List<FeatureSpec> renamed = new ArrayList<>();
    for (FeatureSpec f : CATALOGUE.features()) {
      renamed.add(
          f.name().equals("drawdown_count_24h")
              ? new FeatureSpec("dd_cnt_1d", f.type(), f.theme(), f.description())
              : f);
    }
    TestCatalogue theirs = new TestCatalogue(renamed);
    assertThat(StrategyCompiler.compile(DefaultDrawdownStrategy.document(), theirs).problems())
        .isNotEmpty();
    CompiledStrategy aligned =
        StrategyCompiler.compile(
                DefaultDrawdownStrategy.document(Map.of("drawdown_count_24h", "dd_cnt_1d")), theirs)
            .orElseThrow();
    Decision d =
        aligned.decide(
            new DecisionRequest(
                7,
                null,
                null,
                null,
                NOW,
                theirs.values("is_first_drawdown", false, "dd_cnt_1d", 7)));
    assertThat(codes(d)).contains("VELOCITY_24H");
  }

  static ListEntry entry(ListType list, KeyType type, String raw) {
    return new ListEntry(
        list, ListKey.of(type, raw).orElseThrow(), "test", NOW.minusSeconds(60), null);
  }

  static void assertRejected(Decision d, String code) {
    assertThat(d.outcome()).as("%s", d).isEqualTo(Outcome.REJECT);
    assertThat(codes(d)).as("%s", d).contains(code);
  }

  static void assertReviewed(Decision d, String code) {
    assertThat(d.outcome()).as("%s", d).isEqualTo(Outcome.REVIEW);
    assertThat(codes(d)).as("%s", d).contains(code);
  }
}
