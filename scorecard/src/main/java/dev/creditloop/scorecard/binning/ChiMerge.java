package dev.creditloop.scorecard.binning;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Kerber's ChiMerge, bottom-up: start from the fine cells and keep merging the adjacent pair whose
 * good/bad split differs least (lowest chi-square) while a constraint is broken, in this order: a
 * run below the minimum size, too many runs or a pair not significantly different, a break in the
 * WOE trend.
 */
final class ChiMerge {

  private ChiMerge() {}

  /** The chi-square (1 degree of freedom) a pair must reach to stay apart at this significance. */
  static double threshold(double significance) {
    return new ChiSquaredDistribution(1).inverseCumulativeProbability(1 - significance);
  }

  static int[] partition(Cells cells, long minCount, int maxBins, Trend trend, double threshold) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      starts.add(i);
    }
    while (starts.size() > 1) {
      int n = starts.size();
      double[] chi = new double[n - 1];
      for (int g = 0; g + 1 < n; g++) {
        chi[g] = cells.chiSquare(starts.get(g), starts.get(g + 1), end(starts, g + 1, cells));
      }
      int smallest = smallestBelow(starts, cells, minCount);
      if (smallest >= 0) {
        int pair;
        if (smallest == 0) {
          pair = 0;
        } else if (smallest == n - 1) {
          pair = n - 2;
        } else {
          pair = chi[smallest - 1] <= chi[smallest] ? smallest - 1 : smallest;
        }
        starts.remove(pair + 1);
        continue;
      }
      int lowest = argMin(chi, null);
      if (n > maxBins || chi[lowest] < threshold) {
        starts.remove(lowest + 1);
        continue;
      }
      if (trend == Trend.ASCENDING || trend == Trend.DESCENDING) {
        boolean[] breaks = new boolean[n - 1];
        boolean any = false;
        for (int g = 0; g + 1 < n; g++) {
          double before = cells.woe(starts.get(g), starts.get(g + 1));
          double after = cells.woe(starts.get(g + 1), end(starts, g + 1, cells));
          breaks[g] = !Cells.inOrder(before, after, trend);
          any |= breaks[g];
        }
        if (any) {
          starts.remove(argMin(chi, breaks) + 1);
          continue;
        }
      }
      break;
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int end(List<Integer> starts, int g, Cells cells) {
    return g + 1 < starts.size() ? starts.get(g + 1) : cells.size();
  }

  private static int smallestBelow(List<Integer> starts, Cells cells, long minCount) {
    int at = -1;
    long least = minCount;
    for (int g = 0; g < starts.size(); g++) {
      long count = cells.count(starts.get(g), end(starts, g, cells));
      if (count < least) {
        least = count;
        at = g;
      }
    }
    return at;
  }

  private static int argMin(double[] values, boolean[] among) {
    int at = -1;
    for (int i = 0; i < values.length; i++) {
      if ((among == null || among[i]) && (at < 0 || values[i] < values[at])) {
        at = i;
      }
    }
    return at;
  }
}
