package dev.creditloop.app.decisioning.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.EntityKeys;
import dev.creditloop.decisioning.feature.FeatureStates;
import dev.creditloop.decisioning.feature.RequestInputs;
import dev.creditloop.decisioning.list.ListEntries;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.decisioning.strategy.Decision;
import dev.creditloop.decisioning.strategy.DecisionRequest;
import dev.creditloop.decisioning.strategy.DecisionTrace;
import dev.creditloop.decisioning.strategy.DefaultDrawdownStrategy;
import dev.creditloop.decisioning.strategy.Outcome;
import dev.creditloop.decisioning.strategy.StrategyCompiler;
import dev.creditloop.kernel.Money;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written trace and reasons read back to exactly the tree the general mapper wrote for
 * them before (the reference below is the decision log's former code).
 */
class TraceJsonTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final TraceJson traceJson = new TraceJson(json);
  private final BehaviourCatalogue catalogue = BehaviourCatalogue.standard();
  private final CompiledStrategy strategy =
      new StrategyCompiler(catalogue, ListEntries.none())
          .compile(DefaultDrawdownStrategy.standardYaml())
          .orElseThrow();

  @Test
  void aCleanFirstDrawdownWithMissingFeatures() {
    Instant granted = Instant.parse("2026-03-01T02:00:00Z");
    FeatureStates states = grantedOn(granted);
    Decision d = decide(states, 7, 70, "d1", granted.plusSeconds(86_400), "300.00");
    assertSame(d, context(70L, "300.00", "12 months", null));
  }

  @Test
  void aRepeatDrawdownScoredWithAMissingBinValue() {
    Instant granted = Instant.parse("2026-01-01T02:00:00Z");
    FeatureStates states = grantedOn(granted);
    Instant first = Instant.parse("2026-02-01T03:00:00Z");
    states.ingest(
        new BehaviourEvent(
            2, EventType.DRAWDOWN_DISBURSED, 7, 70L, "d1", first, Money.of("800.00"), null, null));
    Decision d = decide(states, 7, 70, "d1", Instant.parse("2026-05-01T03:00:00Z"), "500.00");
    assertThat(d.trace().scorecardBins())
        .anySatisfy(b -> assertThat(Double.isNaN(b.value())).isTrue());
    assertThat(d.trace().tableHits()).isNotEmpty();
    assertSame(d, context(70L, "500.00", "12 months", "d1"));
  }

  @Test
  void aRejectionWithRuleHitsReasonsAndAwkwardStrings() {
    Instant granted = Instant.parse("2026-03-01T02:00:00Z");
    FeatureStates states = grantedOn(granted);
    Instant day = Instant.parse("2026-05-10T03:00:00Z");
    long seq = 2;
    for (int i = 0; i < 5; i++) {
      Instant at = day.plusSeconds(600L * i);
      states.ingest(
          new BehaviourEvent(
              seq++,
              EventType.DRAWDOWN_REQUESTED,
              7,
              70L,
              "d1",
              at,
              Money.of("300.00"),
              null,
              null));
      states.ingest(
          new BehaviourEvent(
              seq++,
              EventType.DRAWDOWN_DISBURSED,
              7,
              70L,
              "d1",
              at.plusSeconds(1),
              Money.of("300.00"),
              null,
              null));
    }
    Decision d = decide(states, 7, 70, "d1", day.plusSeconds(3600), "300.00");
    assertThat(d.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(d.trace().ruleHits()).isNotEmpty();
    Map<String, Object> context =
        context(70L, "quote \" backslash \\ tab \t newline \n bell \u0007 中文 ✓", null, "d\u0000x");
    context.put("flag", true);
    context.put("nested", Map.of("a", List.of(1, 2)));
    context.put("count", 3);
    assertSame(d, context);
  }

  @Test
  void numbersAreWrittenAsDoubleToStringWrites() {
    double[] values = {
      0.0,
      -0.0,
      1.0,
      -3.0,
      665.0,
      9_999_999.0,
      1e7,
      12_345_678.0,
      1e15,
      1e22,
      0.494,
      158.99999997685185,
      1e-7,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      -2.5
    };
    for (double v : values) {
      Map<String, Double> one = new LinkedHashMap<>();
      one.put("v", v);
      assertThat(TraceJson.object(one)).as("%s", v).isEqualTo("{\"v\":" + v + "}");
    }
  }

  /** Customer 7's line 70, granted 10,000.00 at {@code granted}. */
  private FeatureStates grantedOn(Instant granted) {
    FeatureStates states = FeatureStates.inHeap(catalogue);
    states.ingest(
        new BehaviourEvent(
            1, EventType.CREDIT_GRANTED, 7, 70L, null, granted, Money.of("10000.00"), null, null));
    return states;
  }

  private Decision decide(
      FeatureStates states, long customer, long line, String device, Instant at, String amount) {
    double[] features =
        states.features(
            EntityKeys.customer(customer).withCreditLine(line).withDevice(device),
            at,
            RequestInputs.none()
                .with(BehaviourCatalogue.REQUEST_AMOUNT, Money.of(amount))
                .with(BehaviourCatalogue.REQUEST_TERM_MONTHS, 12)
                .with(BehaviourCatalogue.CURRENT_DPD, 0));
    return strategy.decide(new DecisionRequest(customer, null, null, device, at, features));
  }

  private static Map<String, Object> context(
      Long line, String amount, String term, String deviceId) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("creditLineId", line);
    context.put("amount", amount);
    context.put("term", term);
    context.put("deviceId", deviceId);
    return context;
  }

  private void assertSame(Decision d, Map<String, Object> context) {
    String hand = traceJson.trace(d, context);
    String mapper = json.writeValueAsString(reference(d, context));
    assertThat(json.readTree(hand)).isEqualTo(json.readTree(mapper));
    // the same fields in the same order, so the stored text reads as it did
    assertThat(hand).isEqualTo(mapper);
    assertThat(json.readTree(traceJson.reasons(d.reasons())))
        .isEqualTo(json.readTree(json.writeValueAsString(d.reasons())));
  }

  /** The decision log's trace as it was built for the mapper before the hand-written one. */
  private static Map<String, Object> reference(Decision d, Map<String, Object> context) {
    DecisionTrace t = d.trace();
    Map<String, Object> trace = new LinkedHashMap<>();
    trace.put("context", context);
    trace.put("segmentsTried", t.segmentsTried());
    trace.put("steps", t.steps());
    trace.put("skipped", t.skipped());
    trace.put("featuresRead", finite(t.featuresRead()));
    trace.put("ruleHits", t.ruleHits());
    trace.put("ruleErrors", t.ruleErrors());
    trace.put("tableHits", t.tableHits());
    trace.put("scorecardBins", t.scorecardBins());
    trace.put("listHits", t.listHits().stream().map(String::valueOf).toList());
    trace.put("outputs", finite(d.outputs()));
    return trace;
  }

  private static Map<String, Double> finite(Map<String, Double> values) {
    Map<String, Double> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, v == null || v.isNaN() || v.isInfinite() ? null : v));
    return out;
  }
}
