package dev.creditloop.scorecard.binning;

import java.util.Arrays;

/**
 * The partition of ordered cells into runs with the highest IV, by dynamic programming over (groups
 * used, start of the last run, end of the last run): exact, not greedy.
 *
 * <p>Splitting never lowers IV, so the bin count, the minimum bin size and the trend are what keep
 * the result from chasing noise.
 */
final class IvOptimalPartition {

  private IvOptimalPartition() {}

  /** Start cell of each group; a single group when no partition meets the constraints. */
  static int[] partition(Cells cells, long minCount, int maxBins, Trend trend) {
    int m = cells.size();
    if (m <= 1) {
      return new int[] {0};
    }
    int groups = Math.min(maxBins, m);
    double none = Double.NEGATIVE_INFINITY;
    // best[k][j][i]: highest IV of cells [0, i) in k runs whose last run is [j, i)
    double[][][] best = new double[groups + 1][m + 1][m + 1];
    int[][][] previous = new int[groups + 1][m + 1][m + 1];
    for (double[][] plane : best) {
      for (double[] row : plane) {
        Arrays.fill(row, none);
      }
    }
    double[][] woe = new double[m + 1][m + 1];
    double[][] iv = new double[m + 1][m + 1];
    for (int j = 0; j < m; j++) {
      for (int i = j + 1; i <= m; i++) {
        woe[j][i] = cells.woe(j, i);
        iv[j][i] = cells.iv(j, i);
      }
    }
    for (int i = 1; i <= m; i++) {
      if (cells.count(0, i) >= minCount) {
        best[1][0][i] = iv[0][i];
      }
    }
    for (int k = 2; k <= groups; k++) {
      for (int i = 2; i <= m; i++) {
        for (int j = 1; j < i; j++) {
          if (cells.count(j, i) < minCount) {
            continue;
          }
          double run = iv[j][i];
          double runWoe = woe[j][i];
          for (int l = 0; l < j; l++) {
            double before = best[k - 1][l][j];
            if (before == none || !Cells.inOrder(woe[l][j], runWoe, trend)) {
              continue;
            }
            if (before + run > best[k][j][i]) {
              best[k][j][i] = before + run;
              previous[k][j][i] = l;
            }
          }
        }
      }
    }
    int bestK = 0;
    int bestJ = 0;
    double bestIv = none;
    for (int k = 1; k <= groups; k++) {
      for (int j = 0; j < m; j++) {
        // more bins only for a real gain, so ties keep the simpler card
        if (best[k][j][m] > bestIv + 1e-12) {
          bestIv = best[k][j][m];
          bestK = k;
          bestJ = j;
        }
      }
    }
    if (bestK == 0) {
      return new int[] {0};
    }
    int[] starts = new int[bestK];
    int end = m;
    int start = bestJ;
    for (int k = bestK; k >= 1; k--) {
      starts[k - 1] = start;
      int before = previous[k][start][end];
      end = start;
      start = before;
    }
    return starts;
  }
}
