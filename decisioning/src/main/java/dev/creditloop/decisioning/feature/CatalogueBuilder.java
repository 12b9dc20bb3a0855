package dev.creditloop.decisioning.feature;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Declares features in slot order and compiles them into a {@link BehaviourCatalogue}. Names are
 * snake_case CEL identifiers, unique, and a derived feature may only read features declared before
 * it.
 */
final class CatalogueBuilder {

  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Set<String> CEL_RESERVED =
      Set.of(
          "true",
          "false",
          "null",
          "in",
          "as",
          "break",
          "const",
          "continue",
          "else",
          "for",
          "function",
          "if",
          "import",
          "let",
          "loop",
          "package",
          "namespace",
          "return",
          "var");

  private final Layout layout;
  private final List<FeatureSpec> specs = new ArrayList<>();
  private final List<Evaluator> evaluators = new ArrayList<>();
  private final List<int[]> reads = new ArrayList<>();
  private final Set<String> names = new HashSet<>();

  CatalogueBuilder(int pointCap) {
    if (pointCap < 2) {
      throw new IllegalArgumentException("point cap must be at least 2: " + pointCap);
    }
    this.layout = new Layout(pointCap);
  }

  CatalogueBuilder add(FeatureDefinition definition) {
    FeatureSpec spec = definition.spec();
    String name = spec.name();
    if (!SNAKE_CASE.matcher(name).matches() || CEL_RESERVED.contains(name)) {
      throw new IllegalArgumentException("not a snake_case CEL identifier: " + name);
    }
    if (!names.add(name)) {
      throw new IllegalArgumentException("declared twice: " + name);
    }
    layout.noteReads();
    evaluators.add(definition.compile(layout));
    reads.add(layout.readsNoted().stream().toArray());
    layout.declared(name, specs.size());
    specs.add(spec);
    return this;
  }

  /** Starts declaring a NUMBER feature. */
  NewFeature number(String name, Theme theme, String description) {
    return new NewFeature(new FeatureSpec(name, FeatureType.NUMBER, theme.label(), description));
  }

  /** Starts declaring a BOOL feature. */
  NewFeature flag(String name, Theme theme, String description) {
    return new NewFeature(new FeatureSpec(name, FeatureType.BOOL, theme.label(), description));
  }

  BehaviourCatalogue build() {
    layout.freeze();
    return new BehaviourCatalogue(specs, evaluators, reads, layout);
  }

  /** The second half of a declaration: how the named feature is computed. */
  final class NewFeature {
    private final FeatureSpec spec;

    private NewFeature(FeatureSpec spec) {
      this.spec = spec;
    }

    void count(Source source, Window window) {
      aggregate(source, Aggregate.COUNT, window);
    }

    void sum(Source source, Window window) {
      aggregate(source, Aggregate.SUM, window);
    }

    void aggregate(Source source, Aggregate aggregate, Window window) {
      aggregate(source, aggregate, window, Double.NaN);
    }

    /** With a value for an empty window, e.g. 0 for the max days past due of a clean history. */
    void aggregate(Source source, Aggregate aggregate, Window window, double whenEmpty) {
      add(new Windowed(spec, source, aggregate, 0, window, whenEmpty, Duration.ofHours(1)));
    }

    void quantile(Source source, double p, Window window) {
      add(
          new Windowed(
              spec, source, Aggregate.QUANTILE, p, window, Double.NaN, Duration.ofHours(1)));
    }

    /** An elapsed-time aggregate (time since first or last, shortest gap) in the given unit. */
    void elapsed(Source source, Aggregate aggregate, Window window, Duration unit) {
      add(new Windowed(spec, source, aggregate, 0, window, Double.NaN, unit));
    }

    void monthlyCount(Source source, MonthlyTrend.Trend trend, int months) {
      add(new MonthlyTrend(spec, source, false, trend, months));
    }

    void monthlySum(Source source, MonthlyTrend.Trend trend, int months) {
      add(new MonthlyTrend(spec, source, true, trend, months));
    }

    void derived(String input, Derived.Operator operator) {
      add(new Derived(spec, input, null, operator));
    }

    void derived(String first, String second, Derived.Operator operator) {
      add(new Derived(spec, first, second, operator));
    }

    void requestInput() {
      add(new RequestInput(spec));
    }

    /** Any other definition, built around this feature's spec. */
    void as(Function<FeatureSpec, FeatureDefinition> definition) {
      add(definition.apply(spec));
    }
  }
}
