package dev.creditloop.scorecard.binning;

import dev.creditloop.scorecard.data.Column;
import dev.creditloop.scorecard.data.ColumnType;
import dev.creditloop.scorecard.data.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bins of one variable with their counts, WOE and IV on the sample they were built from.
 *
 * <p>A value no bin takes (a category never seen, a missing value when the sample had none) gets
 * WOE 0: the evidence is neutral, so it moves the score neither way.
 */
public final class VariableBinning {

  /** Added to the good and bad count of every bin when some bin has a zero count. */
  public static final double SMOOTHING = 0.5;

  private final String variable;
  private final ColumnType type;
  private final List<Bin> bins;
  private final double iv;
  private final boolean smoothed;
  private final Map<String, Integer> categoryIndex = new HashMap<>();

  private VariableBinning(String variable, ColumnType type, List<Bin> bins, boolean smoothed) {
    this.variable = variable;
    this.type = type;
    this.bins = List.copyOf(bins);
    this.smoothed = smoothed;
    double total = 0;
    for (int i = 0; i < bins.size(); i++) {
      total += bins.get(i).iv();
      if (bins.get(i).rule() instanceof BinRule.Categories c) {
        for (String member : c.members()) {
          if (categoryIndex.put(member, i) != null) {
            throw new IllegalArgumentException(
                variable + ": category '" + member + "' is in two bins");
          }
        }
      }
    }
    this.iv = total;
  }

  /**
   * Counts goods and bads per rule on the sample and computes WOE and IV. Rules no row falls into
   * are dropped; rows no rule takes are left out of the counts.
   */
  public static VariableBinning of(
      String variable, ColumnType type, List<BinRule> rules, Column column, boolean[] bad) {
    checkRules(variable, type, rules);
    VariableBinning placeholder = new VariableBinning(variable, type, zeroBins(rules), false);
    long[] goods = new long[rules.size()];
    long[] bads = new long[rules.size()];
    for (int row = 0; row < column.size(); row++) {
      int at = placeholder.indexOf(column.value(row));
      if (at >= 0) {
        if (bad[row]) {
          bads[at]++;
        } else {
          goods[at]++;
        }
      }
    }
    List<BinRule> kept = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      if (goods[i] + bads[i] > 0) {
        kept.add(rules.get(i));
        counts.add(new long[] {goods[i], bads[i]});
      }
    }
    return withWoe(variable, type, kept, counts);
  }

  /** WOE and IV from counts already made; see the package doc for the smoothing rule. */
  static VariableBinning withWoe(
      String variable, ColumnType type, List<BinRule> rules, List<long[]> counts) {
    long totalGoods = 0;
    long totalBads = 0;
    boolean smooth = false;
    for (long[] c : counts) {
      totalGoods += c[0];
      totalBads += c[1];
      smooth |= c[0] == 0 || c[1] == 0;
    }
    List<Bin> bins = new ArrayList<>();
    if (totalGoods == 0 || totalBads == 0) {
      // Nothing to contrast (e.g. a variable missing on every row of a one-class subsample).
      for (int i = 0; i < rules.size(); i++) {
        bins.add(new Bin(rules.get(i), counts.get(i)[0], counts.get(i)[1], 0, 0));
      }
      return new VariableBinning(variable, type, bins, false);
    }
    double add = smooth ? SMOOTHING : 0;
    double goodTotal = totalGoods + add * rules.size();
    double badTotal = totalBads + add * rules.size();
    for (int i = 0; i < rules.size(); i++) {
      long g = counts.get(i)[0];
      long b = counts.get(i)[1];
      double pg = (g + add) / goodTotal;
      double pb = (b + add) / badTotal;
      double woe = Math.log(pg / pb);
      bins.add(new Bin(rules.get(i), g, b, woe, (pg - pb) * woe));
    }
    return new VariableBinning(variable, type, bins, smooth);
  }

  public String variable() {
    return variable;
  }

  public ColumnType type() {
    return type;
  }

  public List<Bin> bins() {
    return bins;
  }

  public List<BinRule> rules() {
    return bins.stream().map(Bin::rule).toList();
  }

  public double iv() {
    return iv;
  }

  /** Whether the zero-count correction was applied to this variable's shares. */
  public boolean smoothed() {
    return smoothed;
  }

  public long count() {
    return bins.stream().mapToLong(Bin::count).sum();
  }

  /** Position of the bin taking this value, or -1 when none does. */
  public int indexOf(Value value) {
    if (type == ColumnType.CATEGORICAL) {
      if (value.isMissing()) {
        return indexOfRule(BinRule.Missing.class);
      }
      return categoryIndex.getOrDefault(value.asText(), -1);
    }
    double x = value.asNumber();
    if (Double.isNaN(x)) {
      return value.isMissing() ? indexOfRule(BinRule.Missing.class) : -1;
    }
    for (int i = 0; i < bins.size(); i++) {
      if (bins.get(i).rule() instanceof BinRule.Special s && s.value() == x) {
        return i;
      }
    }
    for (int i = 0; i < bins.size(); i++) {
      if (bins.get(i).rule() instanceof BinRule.Range r && r.contains(x)) {
        return i;
      }
    }
    return -1;
  }

  public double woe(Value value) {
    int at = indexOf(value);
    return at < 0 ? 0 : bins.get(at).woe();
  }

  /** The WOE of every row of the column. */
  public double[] woe(Column column) {
    double[] out = new double[column.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = woe(column.value(i));
    }
    return out;
  }

  private int indexOfRule(Class<? extends BinRule> kind) {
    for (int i = 0; i < bins.size(); i++) {
      if (kind.isInstance(bins.get(i).rule())) {
        return i;
      }
    }
    return -1;
  }

  private static List<Bin> zeroBins(List<BinRule> rules) {
    return rules.stream().map(r -> new Bin(r, 0, 0, 0, 0)).toList();
  }

  private static void checkRules(String variable, ColumnType type, List<BinRule> rules) {
    for (BinRule r : rules) {
      boolean fits =
          r instanceof BinRule.Missing
              || (type == ColumnType.NUMERIC
                  && (r instanceof BinRule.Range || r instanceof BinRule.Special))
              || (type == ColumnType.CATEGORICAL && r instanceof BinRule.Categories);
      if (!fits) {
        throw new IllegalArgumentException(
            variable + ": a " + type + " variable cannot have bin " + r.label());
      }
    }
    List<BinRule.Range> ranges =
        rules.stream()
            .filter(BinRule.Range.class::isInstance)
            .map(BinRule.Range.class::cast)
            .toList();
    for (int i = 1; i < ranges.size(); i++) {
      if (ranges.get(i).lower() < ranges.get(i - 1).upper()) {
        throw new IllegalArgumentException(
            variable
                + ": ranges overlap or are out of order: "
                + ranges.get(i - 1).label()
                + " then "
                + ranges.get(i).label());
      }
    }
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(variable).append(" IV=").append(String.format("%.4f", iv));
    for (Bin b : bins) {
      s.append(
          String.format(
              "%n  %-30s %5d good %5d bad  WOE %+.4f", b.label(), b.goods(), b.bads(), b.woe()));
    }
    return s.toString();
  }
}
