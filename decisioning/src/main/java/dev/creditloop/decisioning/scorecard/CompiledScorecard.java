package dev.creditloop.decisioning.scorecard;

import dev.creditloop.decisioning.expr.ExpressionCompiler;
import dev.creditloop.decisioning.expr.Interval;
import dev.creditloop.decisioning.expr.Problems;
import dev.creditloop.decisioning.rule.Action;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** A scorecard ready to run. Immutable. */
public final class CompiledScorecard {

  private static final int DEFAULT_REASON_CODES = 3;

  private final String id;
  private final double basePoints;
  private final int reasonCodes;
  private final Characteristic[] characteristics;
  private final Cutoff[] cutoffs;
  private final int[] reads;

  private CompiledScorecard(
      String id, double basePoints, int reasonCodes, Characteristic[] chars, Cutoff[] cutoffs) {
    this.id = id;
    this.basePoints = basePoints;
    this.reasonCodes = reasonCodes;
    this.characteristics = chars;
    this.cutoffs = cutoffs;
    this.reads = Arrays.stream(chars).mapToInt(c -> c.slot).distinct().sorted().toArray();
  }

  /** Validates and compiles; problems are recorded relative to the scorecard and null returned. */
  public static CompiledScorecard compile(
      ScorecardDefinition d, ExpressionCompiler expressions, Problems problems) {
    int before = problems.count();
    List<CharacteristicDefinition> defs =
        d.characteristics() == null ? List.of() : d.characteristics();
    if (defs.isEmpty()) {
      problems.at("characteristics").add("a scorecard needs at least one characteristic");
    }
    int reasonCodes = d.reasonCodes() == null ? DEFAULT_REASON_CODES : d.reasonCodes();
    if (reasonCodes < 0) {
      problems.at("reasonCodes").add("must not be negative");
    }
    Characteristic[] chars = new Characteristic[defs.size()];
    Set<String> names = new HashSet<>();
    for (int i = 0; i < defs.size(); i++) {
      Problems at = problems.at("characteristics").at(i);
      chars[i] = characteristic(defs.get(i), expressions, at);
      if (chars[i] != null && !names.add(chars[i].name)) {
        at.at("name").add("duplicate characteristic '" + chars[i].name + "'");
      }
    }
    Cutoff[] cutoffs = cutoffs(d.cutoffs(), problems);
    if (problems.count() > before) {
      return null;
    }
    double base = d.basePoints() == null ? 0 : d.basePoints();
    return new CompiledScorecard(d.id(), base, reasonCodes, chars, cutoffs);
  }

  private static Characteristic characteristic(
      CharacteristicDefinition d, ExpressionCompiler expressions, Problems at) {
    if (d == null) {
      at.add("is empty");
      return null;
    }
    int before = at.count();
    int slot = -1;
    if (at.require("feature", d.feature())) {
      OptionalInt found = expressions.slotOf(d.feature());
      if (found.isEmpty()) {
        at.at("feature").add("unknown feature '" + d.feature() + "'");
      } else {
        slot = found.getAsInt();
      }
    }
    at.require("reason", d.reason());
    List<BinDefinition> bins = d.bins() == null ? List.of() : d.bins();
    if (bins.isEmpty()) {
      at.at("bins").add("a characteristic needs at least one bin");
    }
    List<Interval> ranges = new ArrayList<>();
    List<Integer> rangeBins = new ArrayList<>();
    int missing = -1;
    int otherwise = -1;
    double[] points = new double[bins.size()];
    String[] labels = new String[bins.size()];
    for (int b = 0; b < bins.size(); b++) {
      BinDefinition bin = bins.get(b);
      Problems binAt = at.at("bins").at(b);
      boolean isMissing = Boolean.TRUE.equals(bin.missing());
      boolean isElse = Boolean.TRUE.equals(bin.otherwise());
      boolean isRange = bin.range() != null;
      if ((isMissing ? 1 : 0) + (isElse ? 1 : 0) + (isRange ? 1 : 0) != 1) {
        binAt.add("a bin is exactly one of: range, missing: true, else: true");
        continue;
      }
      if (bin.points() == null || !Double.isFinite(bin.points())) {
        binAt.at("points").add("must be a finite number");
      } else {
        points[b] = bin.points();
      }
      if (isMissing) {
        if (missing >= 0) {
          binAt.add("a second missing bin; bins[" + missing + "] already takes missing values");
        }
        missing = b;
        labels[b] = bin.label() == null ? "missing" : bin.label();
      } else if (isElse) {
        if (otherwise >= 0) {
          binAt.add("a second else bin; bins[" + otherwise + "] is already the else bin");
        }
        otherwise = b;
        labels[b] = bin.label() == null ? "else" : bin.label();
      } else {
        try {
          Interval range = Interval.parse(bin.range());
          if (!ranges.isEmpty() && !ranges.get(ranges.size() - 1).isBefore(range)) {
            binAt
                .at("range")
                .add(
                    range
                        + " overlaps or comes before "
                        + ranges.get(ranges.size() - 1)
                        + ": bins must be in ascending order without overlap");
          }
          ranges.add(range);
          rangeBins.add(b);
          labels[b] = bin.label() == null ? range.toString() : bin.label();
        } catch (IllegalArgumentException e) {
          binAt.at("range").add(e.getMessage());
        }
      }
    }
    if (otherwise < 0 && !bins.isEmpty() && at.count() == before) {
      if (!covers(ranges)) {
        at.at("bins").add("the ranges leave gaps: add an else bin or close the gaps");
      }
      if (missing < 0) {
        at.at("bins").add("no bin takes missing values (NaN): add a missing or an else bin");
      }
    }
    if (at.count() > before) {
      return null;
    }
    String name = d.name() == null ? d.feature() : d.name();
    String message = d.message() == null ? name : d.message();
    return new Characteristic(
        name,
        d.feature(),
        slot,
        d.reason(),
        message,
        ranges.toArray(Interval[]::new),
        rangeBins.stream().mapToInt(Integer::intValue).toArray(),
        missing,
        otherwise,
        points,
        labels);
  }

  private static boolean covers(List<Interval> ranges) {
    if (ranges.isEmpty() || ranges.get(0).low() != Double.NEGATIVE_INFINITY) {
      return false;
    }
    for (int i = 1; i < ranges.size(); i++) {
      Interval prev = ranges.get(i - 1);
      Interval next = ranges.get(i);
      if (prev.high() != next.low() || prev.highClosed() == next.lowClosed()) {
        return false;
      }
    }
    return ranges.get(ranges.size() - 1).high() == Double.POSITIVE_INFINITY;
  }

  private static Cutoff[] cutoffs(List<Cutoff> list, Problems problems) {
    List<Cutoff> cutoffs = list == null ? List.of() : list;
    for (int i = 0; i < cutoffs.size(); i++) {
      Cutoff c = cutoffs.get(i);
      Problems at = problems.at("cutoffs").at(i);
      if (at.require("action", c.action())
          && c.action() != Action.PASS
          && (c.reason() == null || c.reason().isBlank())) {
        at.at("reason").add("a " + c.action() + " cut-off needs a reason code");
      }
      if (i > 0 && !(c.below() > cutoffs.get(i - 1).below())) {
        at.at("below").add("cut-offs must be in strictly ascending order of 'below'");
      }
    }
    return cutoffs.toArray(Cutoff[]::new);
  }

  public ScoreResult evaluate(double[] f) {
    Characteristic[] cs = characteristics;
    int[] bins = new int[cs.length];
    double score = basePoints;
    for (int i = 0; i < cs.length; i++) {
      int bin = cs[i].bin(f[cs[i].slot]);
      bins[i] = bin;
      score += cs[i].points[bin];
    }
    for (int c = 0; c < cutoffs.length; c++) {
      if (score < cutoffs[c].below()) {
        return new ScoreResult(score, bins, c, cutoffs[c].action());
      }
    }
    return new ScoreResult(score, bins, -1, Action.PASS);
  }

  /**
   * The characteristics that cost the most points against their best bin, worst first (ties in the
   * order written), at most {@code reasonCodes} of them and only those that lost points.
   */
  public int[] reasons(ScoreResult result) {
    Integer[] order = new Integer[characteristics.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -loss(result, i)));
    return Arrays.stream(order)
        .filter(i -> loss(result, i) > 0)
        .limit(reasonCodes)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** Points lost on characteristic {@code i} against its best bin. */
  public double loss(ScoreResult result, int i) {
    return characteristics[i].maxPoints - points(result, i);
  }

  public double points(ScoreResult result, int i) {
    return characteristics[i].points[result.bins()[i]];
  }

  public String id() {
    return id;
  }

  public double basePoints() {
    return basePoints;
  }

  public int characteristics() {
    return characteristics.length;
  }

  public String name(int i) {
    return characteristics[i].name;
  }

  public String feature(int i) {
    return characteristics[i].feature;
  }

  public int slot(int i) {
    return characteristics[i].slot;
  }

  public String reasonCode(int i) {
    return characteristics[i].reason;
  }

  public String reasonMessage(int i) {
    return characteristics[i].message;
  }

  /** The points of bin {@code bin} (as written) of characteristic {@code i}. */
  public double pointsOf(int i, int bin) {
    return characteristics[i].points[bin];
  }

  public String binLabel(int i, int bin) {
    return characteristics[i].labels[bin];
  }

  public double maxPoints(int i) {
    return characteristics[i].maxPoints;
  }

  public Cutoff cutoff(int index) {
    return cutoffs[index];
  }

  /** Slots of the binned features, ascending; the caller must not modify it. */
  public int[] reads() {
    return reads;
  }
}
