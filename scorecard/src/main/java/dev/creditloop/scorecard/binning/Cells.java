package dev.creditloop.scorecard.binning;

/**
 * Ordered fine cells (quantile ranges, or categories sorted by bad rate) with prefix sums, so any
 * run of adjacent cells can be counted in constant time. Merging picks runs; it never reorders.
 */
final class Cells {

  private final long[] goodsBefore;
  private final long[] badsBefore;
  private final double totalGoods;
  private final double totalBads;

  /**
   * @param totalGoods goods of the whole variable (missing and specials included): the base of the
   *     %good shares
   */
  Cells(long[] goods, long[] bads, long totalGoods, long totalBads) {
    goodsBefore = new long[goods.length + 1];
    badsBefore = new long[bads.length + 1];
    for (int i = 0; i < goods.length; i++) {
      goodsBefore[i + 1] = goodsBefore[i] + goods[i];
      badsBefore[i + 1] = badsBefore[i] + bads[i];
    }
    // a one-class variable still needs finite shares for the comparisons below
    this.totalGoods = Math.max(1, totalGoods);
    this.totalBads = Math.max(1, totalBads);
  }

  int size() {
    return goodsBefore.length - 1;
  }

  /** Goods in cells [from, to). */
  long goods(int from, int to) {
    return goodsBefore[to] - goodsBefore[from];
  }

  long bads(int from, int to) {
    return badsBefore[to] - badsBefore[from];
  }

  long count(int from, int to) {
    return goods(from, to) + bads(from, to);
  }

  /**
   * WOE of cells [from, to) with 0.5 added to both counts: merging compares runs that may be pure,
   * and the correction keeps their WOE finite and their order sensible.
   */
  double woe(int from, int to) {
    return Math.log(((goods(from, to) + 0.5) / totalGoods) / ((bads(from, to) + 0.5) / totalBads));
  }

  /** IV contribution of cells [from, to), corrected like {@link #woe}. */
  double iv(int from, int to) {
    double pg = (goods(from, to) + 0.5) / totalGoods;
    double pb = (bads(from, to) + 0.5) / totalBads;
    return (pg - pb) * Math.log(pg / pb);
  }

  /**
   * Pearson chi-square of the 2×2 table (run A, run B) × (good, bad); empty expected cells add 0.
   */
  double chiSquare(int fromA, int toA, int toB) {
    double[] observed = {goods(fromA, toA), bads(fromA, toA), goods(toA, toB), bads(toA, toB)};
    double rowA = observed[0] + observed[1];
    double rowB = observed[2] + observed[3];
    double colGood = observed[0] + observed[2];
    double colBad = observed[1] + observed[3];
    double n = rowA + rowB;
    if (n == 0) {
      return 0;
    }
    double[] expected = {
      rowA * colGood / n, rowA * colBad / n, rowB * colGood / n, rowB * colBad / n
    };
    double chi = 0;
    for (int i = 0; i < 4; i++) {
      if (expected[i] > 0) {
        double d = observed[i] - expected[i];
        chi += d * d / expected[i];
      }
    }
    return chi;
  }

  /**
   * Whether the WOE of consecutive groups (given by their start cells) follows the trend strictly.
   */
  boolean follows(int[] starts, Trend trend) {
    for (int g = 1; g < starts.length; g++) {
      if (!inOrder(woe(starts[g - 1], starts[g]), woe(starts[g], end(starts, g)), trend)) {
        return false;
      }
    }
    return true;
  }

  /** The cell after the last one of group g. */
  int end(int[] starts, int g) {
    return g + 1 < starts.length ? starts[g + 1] : size();
  }

  static boolean inOrder(double before, double after, Trend trend) {
    return switch (trend) {
      case ASCENDING -> after > before;
      case DESCENDING -> after < before;
      case NONE, AUTO -> true;
    };
  }

  /** Total IV of the groups starting at the given cells. */
  double iv(int[] starts) {
    double total = 0;
    for (int g = 0; g < starts.length; g++) {
      total += iv(starts[g], end(starts, g));
    }
    return total;
  }
}
