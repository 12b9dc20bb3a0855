package dev.creditloop.decisioning.feature;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The in-loan behaviour features, declared once and compiled: each feature's name, type, theme and
 * meaning, its slot in a feature array, and how it is computed from behaviour events. {@link
 * FeatureStates} computes them live and {@link PointInTimeFeatures} as of a past instant, from the
 * same definitions.
 *
 * <p>Conventions, for every feature:
 *
 * <ul>
 *   <li>Sliding windows hold the points with {@code asOf - length < time <= asOf}: an event at
 *       exactly {@code asOf - length} is out, one at {@code asOf} is in. Times are compared in
 *       milliseconds.
 *   <li>Calendar months, hours of day and night hours are local to {@link #ZONE}. Monthly trends
 *       compare complete months before the as-of month.
 *   <li>Missing is NaN: the mean of an empty window, a ratio with a zero divisor, any feature of an
 *       entity the decision does not name. Counts and sums of an empty window are 0. Flags (BOOL)
 *       are 1.0 or 0.0, never missing: a flag over a missing value is false.
 *   <li>Amounts are in yuan; elapsed times in the unit the name says.
 *   <li>Each source keeps at most {@link #pointCap()} points per entity for windowed aggregates
 *       (the most recent); both modes apply the same cap, so they agree even past it.
 * </ul>
 */
public final class BehaviourCatalogue implements FeatureCatalogue {

  /** The zone of calendar months and hours of day. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * Points kept per source per entity: at about 23 drawdowns a year, only app activity or logins of
   * a very active customer come near it within their windows (at most 30 days).
   */
  public static final int DEFAULT_POINT_CAP = 2048;

  /** Name of the request input for the amount asked for, in yuan. */
  public static final String REQUEST_AMOUNT = "request_amount";

  /** Name of the request input for the term asked for, in months. */
  public static final String REQUEST_TERM_MONTHS = "request_term_months";

  /**
   * The ledger's current days past due for the customer (largest over open loans), supplied at
   * decision time.
   */
  public static final String CURRENT_DPD = "current_dpd";

  private static final class Standard {
    static final BehaviourCatalogue CATALOGUE = standard(DEFAULT_POINT_CAP);
  }

  private final List<FeatureSpec> features;
  private final Evaluator[] evaluators;

  /** For each slot, the slots its feature reads (all before it). */
  private final int[][] reads;

  private final FeaturePlan all;
  private final Layout layout;
  private final Map<String, Integer> slots = new HashMap<>();
  private final List<String> requestInputs;
  private final Map<String, Integer> requestIndex = new HashMap<>();

  BehaviourCatalogue(
      List<FeatureSpec> features, List<Evaluator> evaluators, List<int[]> reads, Layout layout) {
    this.features = List.copyOf(features);
    this.evaluators = evaluators.toArray(new Evaluator[0]);
    this.reads = reads.toArray(new int[0][]);
    BitSet every = new BitSet();
    every.set(0, this.evaluators.length);
    this.all = new FeaturePlan(every.stream().toArray(), this.evaluators.length);
    this.layout = layout;
    for (int i = 0; i < this.features.size(); i++) {
      slots.put(this.features.get(i).name(), i);
    }
    this.requestInputs = layout.requestInputs();
    for (int i = 0; i < requestInputs.size(); i++) {
      requestIndex.put(requestInputs.get(i), i);
    }
  }

  /** The standard catalogue of about a hundred in-loan behaviour features. */
  public static BehaviourCatalogue standard() {
    return Standard.CATALOGUE;
  }

  static BehaviourCatalogue standard(int pointCap) {
    CatalogueBuilder builder = new CatalogueBuilder(pointCap);
    ActivityFeatures.declare(builder);
    AmountFeatures.declare(builder);
    AbnormalFeatures.declare(builder);
    CreditFeatures.declare(builder);
    return builder.build();
  }

  @Override
  public List<FeatureSpec> features() {
    return features;
  }

  @Override
  public int size() {
    return features.size();
  }

  @Override
  public OptionalInt slotOf(String name) {
    Integer slot = slots.get(name);
    return slot == null ? OptionalInt.empty() : OptionalInt.of(slot);
  }

  /** Names of the features the caller supplies through {@link RequestInputs}. */
  public List<String> requestInputs() {
    return requestInputs;
  }

  /** A feature array of the catalogue's size, every slot missing. */
  public double[] newFeatureArray() {
    double[] slots = new double[size()];
    Arrays.fill(slots, Double.NaN);
    return slots;
  }

  /** The most points kept per source per entity for windowed aggregates. */
  public int pointCap() {
    return layout.pointCap();
  }

  Layout layout() {
    return layout;
  }

  double[] resolve(RequestInputs inputs) {
    double[] values = new double[requestInputs.size()];
    Arrays.fill(values, Double.NaN);
    for (int i = 0; i < inputs.size(); i++) {
      Integer index = requestIndex.get(inputs.name(i));
      if (index == null) {
        throw new IllegalArgumentException(
            "not a request input: " + inputs.name(i) + "; expected one of " + requestInputs);
      }
      values[index] = inputs.value(i);
    }
    return values;
  }

  void evaluate(Frame frame, double[] out) {
    evaluate(frame, out, all);
  }

  /** Evaluates the plan's slots in slot order; the other slots of {@code out} are left alone. */
  void evaluate(Frame frame, double[] out, FeaturePlan plan) {
    if (out.length != evaluators.length || plan.catalogueSize() != evaluators.length) {
      throw new IllegalArgumentException(
          "feature array has "
              + out.length
              + " slots, plan "
              + plan.catalogueSize()
              + ", catalogue "
              + evaluators.length);
    }
    for (int i : plan.slots()) {
      out[i] = evaluators[i].evaluate(frame, out);
    }
  }

  /** Every feature of the catalogue. */
  public FeaturePlan everyFeature() {
    return all;
  }

  /**
   * The features a reader of {@code slots} needs evaluated: those slots of the catalogue (slots at
   * or past its size, a strategy's own variables, are ignored) and every feature they are derived
   * from, in slot order.
   */
  public FeaturePlan plan(BitSet slots) {
    BitSet needed = slots.get(0, evaluators.length);
    // a feature reads only features declared before it: one pass from the last slot down closes
    for (int i = needed.length() - 1; i >= 0; i = needed.previousSetBit(i - 1)) {
      for (int read : reads[i]) {
        needed.set(read);
      }
    }
    return new FeaturePlan(needed.stream().toArray(), evaluators.length);
  }
}
