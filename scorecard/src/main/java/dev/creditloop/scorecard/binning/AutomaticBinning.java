package dev.creditloop.scorecard.binning;

import dev.creditloop.scorecard.data.CategoricalColumn;
import dev.creditloop.scorecard.data.Column;
import dev.creditloop.scorecard.data.ColumnType;
import dev.creditloop.scorecard.data.NumericColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Bins one variable from the data: missing values and declared special values get bins of their
 * own; numbers are cut into quantile fine bins then merged; categories are sorted by bad rate and
 * merged as if they were ordered.
 */
public final class AutomaticBinning {

  /** Categories beyond this many are pre-grouped by bad rate so the exact merge stays fast. */
  static final int MAX_CATEGORY_CELLS = 100;

  private final BinningSettings settings;

  public AutomaticBinning(BinningSettings settings) {
    this.settings = settings;
  }

  public VariableBinning bin(Column column, boolean[] bad) {
    if (column.size() != bad.length) {
      throw new IllegalArgumentException(
          column.name() + ": " + column.size() + " rows but " + bad.length + " labels");
    }
    List<BinRule> rules = new ArrayList<>();
    if (column.missingCount() > 0) {
      rules.add(new BinRule.Missing());
    }
    long[] totals = totals(bad);
    long minCount = (long) Math.ceil(settings.minBinShare() * column.size());
    if (column instanceof NumericColumn numeric) {
      rules.addAll(numericRules(numeric, bad, totals, minCount));
      return VariableBinning.of(column.name(), ColumnType.NUMERIC, rules, column, bad);
    }
    rules.addAll(categoryRules((CategoricalColumn) column, bad, totals, minCount));
    return VariableBinning.of(column.name(), ColumnType.CATEGORICAL, rules, column, bad);
  }

  private List<BinRule> numericRules(
      NumericColumn column, boolean[] bad, long[] totals, long minCount) {
    Set<Double> specials = settings.specialValues().forVariable(column.name());
    List<BinRule> rules = new ArrayList<>();
    List<double[]> regular = new ArrayList<>();
    TreeMap<Double, Boolean> specialSeen = new TreeMap<>();
    for (int i = 0; i < column.size(); i++) {
      double x = column.get(i);
      if (Double.isNaN(x)) {
        continue;
      }
      if (specials.contains(x)) {
        specialSeen.put(x, true);
      } else {
        regular.add(new double[] {x, bad[i] ? 1 : 0});
      }
    }
    specialSeen.keySet().forEach(v -> rules.add(new BinRule.Special(v)));
    if (regular.isEmpty()) {
      return rules;
    }
    regular.sort(Comparator.comparingDouble(r -> r[0]));
    double[] cuts = fineCuts(regular);
    long[] goods = new long[cuts.length + 1];
    long[] bads = new long[cuts.length + 1];
    int cell = 0;
    for (double[] r : regular) {
      while (cell < cuts.length && r[0] >= cuts[cell]) {
        cell++;
      }
      if (r[1] == 1) {
        bads[cell]++;
      } else {
        goods[cell]++;
      }
    }
    Cells cells = new Cells(goods, bads, totals[0], totals[1]);
    int[] starts = merge(cells, minCount, settings.trend());
    for (int g = 0; g < starts.length; g++) {
      double lower = starts[g] == 0 ? Double.NEGATIVE_INFINITY : cuts[starts[g] - 1];
      int end = cells.end(starts, g);
      double upper = end == cells.size() ? Double.POSITIVE_INFINITY : cuts[end - 1];
      rules.add(new BinRule.Range(lower, upper));
    }
    return rules;
  }

  /**
   * Cut points at the 1/n, 2/n, ... quantiles, each a value of the data so a cell is [cut, next
   * cut); heavy ties collapse cuts, so there may be fewer cells than asked.
   */
  private double[] fineCuts(List<double[]> sorted) {
    int n = sorted.size();
    double first = sorted.get(0)[0];
    List<Double> cuts = new ArrayList<>();
    for (int q = 1; q < settings.fineBins(); q++) {
      double cut = sorted.get((int) ((long) q * n / settings.fineBins()))[0];
      if (cut > first && (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1))) {
        cuts.add(cut);
      }
    }
    return cuts.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private List<BinRule> categoryRules(
      CategoricalColumn column, boolean[] bad, long[] totals, long minCount) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (int i = 0; i < column.size(); i++) {
      String v = column.get(i);
      if (v != null) {
        counts.computeIfAbsent(v, k -> new long[2])[bad[i] ? 1 : 0]++;
      }
    }
    if (counts.isEmpty()) {
      return List.of();
    }
    List<String> order = new ArrayList<>(counts.keySet());
    // a corrected bad rate, so that a category seen twice with no bads is not ranked safest of all
    order.sort(
        Comparator.comparingDouble(
                (String c) ->
                    (counts.get(c)[1] + 0.5) / (counts.get(c)[0] + counts.get(c)[1] + 1.0))
            .thenComparing(Comparator.naturalOrder()));
    List<List<String>> cells = preGroup(order, counts);
    long[] goods = new long[cells.size()];
    long[] bads = new long[cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      for (String level : cells.get(c)) {
        goods[c] += counts.get(level)[0];
        bads[c] += counts.get(level)[1];
      }
    }
    Cells ordered = new Cells(goods, bads, totals[0], totals[1]);
    // sorted by bad rate, any run of adjacent cells is already monotonic
    int[] starts = merge(ordered, minCount, Trend.NONE);
    List<BinRule> rules = new ArrayList<>();
    for (int g = 0; g < starts.length; g++) {
      List<String> members = new ArrayList<>();
      for (int c = starts[g]; c < ordered.end(starts, g); c++) {
        members.addAll(cells.get(c));
      }
      rules.add(new BinRule.Categories(members));
    }
    return rules;
  }

  private static List<List<String>> preGroup(List<String> order, Map<String, long[]> counts) {
    List<List<String>> cells = new ArrayList<>();
    if (order.size() <= MAX_CATEGORY_CELLS) {
      order.forEach(level -> cells.add(List.of(level)));
      return cells;
    }
    long total = counts.values().stream().mapToLong(c -> c[0] + c[1]).sum();
    double perCell = (double) total / MAX_CATEGORY_CELLS;
    List<String> current = new ArrayList<>();
    long inCurrent = 0;
    for (String level : order) {
      current.add(level);
      inCurrent += counts.get(level)[0] + counts.get(level)[1];
      if (inCurrent >= perCell) {
        cells.add(current);
        current = new ArrayList<>();
        inCurrent = 0;
      }
    }
    if (!current.isEmpty()) {
      cells.add(current);
    }
    return cells;
  }

  private int[] merge(Cells cells, long minCount, Trend trend) {
    if (trend == Trend.AUTO) {
      int[] up = merge(cells, minCount, Trend.ASCENDING);
      int[] down = merge(cells, minCount, Trend.DESCENDING);
      return cells.iv(down) > cells.iv(up) ? down : up;
    }
    return switch (settings.method()) {
      case IV_OPTIMAL -> IvOptimalPartition.partition(cells, minCount, settings.maxBins(), trend);
      case CHI_MERGE ->
          ChiMerge.partition(
              cells,
              minCount,
              settings.maxBins(),
              trend,
              ChiMerge.threshold(settings.chiSquareSignificance()));
    };
  }

  private static long[] totals(boolean[] bad) {
    long bads = 0;
    for (boolean b : bad) {
      if (b) {
        bads++;
      }
    }
    return new long[] {bad.length - bads, bads};
  }
}
