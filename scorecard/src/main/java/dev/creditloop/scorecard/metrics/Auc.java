package dev.creditloop.scorecard.metrics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve: the probability that a random good scores above a random bad, a tie
 * counting one half. Computed from average ranks (Mann–Whitney U), O(n log n).
 */
public final class Auc {

  private Auc() {}

  public static double of(double[] scores, boolean[] bad) {
    check(scores, bad);
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    double goodRankSum = 0;
    long goods = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      // ranks i+1 .. j+1 are tied: each gets their mean
      double rank = (i + j + 2) / 2.0;
      for (int k = i; k <= j; k++) {
        if (!bad[order[k]]) {
          goodRankSum += rank;
          goods++;
        }
      }
      i = j + 1;
    }
    long bads = n - goods;
    return (goodRankSum - goods * (goods + 1) / 2.0) / ((double) goods * bads);
  }

  public static double gini(double auc) {
    return 2 * auc - 1;
  }

  static void check(double[] scores, boolean[] bad) {
    if (scores.length != bad.length) {
      throw new IllegalArgumentException(scores.length + " scores but " + bad.length + " outcomes");
    }
    boolean anyBad = false;
    boolean anyGood = false;
    for (int i = 0; i < bad.length; i++) {
      if (Double.isNaN(scores[i])) {
        throw new IllegalArgumentException("score " + i + " is NaN");
      }
      anyBad |= bad[i];
      anyGood |= !bad[i];
    }
    if (!anyBad || !anyGood) {
      throw new IllegalArgumentException("needs at least one good and one bad");
    }
  }
}
