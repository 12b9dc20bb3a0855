package dev.creditloop.scorecard.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Assigns rows to k folds so each fold holds about 1/k of the bads and 1/k of the goods. Seeded:
 * the same labels, k and seed give the same folds.
 */
public final class StratifiedFolds {

  private StratifiedFolds() {}

  /** The fold (0 to k−1) of every row. */
  public static int[] assign(boolean[] bad, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
    }
    List<Integer> bads = new ArrayList<>();
    List<Integer> goods = new ArrayList<>();
    for (int i = 0; i < bad.length; i++) {
      (bad[i] ? bads : goods).add(i);
    }
    if (bads.size() < k || goods.size() < k) {
      throw new IllegalArgumentException(
          k
              + " folds need at least "
              + k
              + " bads and "
              + k
              + " goods; the sample has "
              + bads.size()
              + " and "
              + goods.size());
    }
    Random random = new Random(seed);
    Collections.shuffle(bads, random);
    Collections.shuffle(goods, random);
    int[] fold = new int[bad.length];
    int next = 0;
    // goods continue where bads stopped, so fold sizes differ by at most one
    for (List<Integer> stratum : List.of(bads, goods)) {
      for (int row : stratum) {
        fold[row] = next;
        next = (next + 1) % k;
      }
    }
    return fold;
  }
}
