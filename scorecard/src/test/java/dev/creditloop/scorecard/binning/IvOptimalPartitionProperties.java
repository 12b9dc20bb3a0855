package dev.creditloop.scorecard.binning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class IvOptimalPartitionProperties {

  /**
   * The DP finds the same best IV as trying every partition into contiguous runs. The ranges are
   * small enough that random draws hit one cell, one bin and a zero minimum often.
   */
  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  void dynamicProgrammingMatchesExhaustiveSearch(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 30) Integer> goods,
      @ForAll @IntRange(min = 0, max = 1000) int badSeed,
      @ForAll @IntRange(min = 1, max = 5) int maxBins,
      @ForAll @IntRange(min = 0, max = 25) int minCount,
      @ForAll("trends") Trend trend) {
    int m = goods.size();
    long[] g = new long[m];
    long[] b = new long[m];
    Random random = new Random(badSeed);
    for (int i = 0; i < m; i++) {
      g[i] = goods.get(i);
      b[i] = random.nextInt(20);
    }
    Cells cells = new Cells(g, b, sum(g) + 3, sum(b) + 2);
    int[] starts = IvOptimalPartition.partition(cells, minCount, maxBins, trend);
    double best = Double.NEGATIVE_INFINITY;
    for (int[] candidate : partitions(m)) {
      if (feasible(cells, candidate, minCount, maxBins, trend)) {
        best = Math.max(best, cells.iv(candidate));
      }
    }
    if (best == Double.NEGATIVE_INFINITY) {
      assertThat(starts).containsExactly(0);
    } else {
      assertThat(feasible(cells, starts, minCount, maxBins, trend)).isTrue();
      assertThat(cells.iv(starts)).isCloseTo(best, within(1e-9));
    }
  }

  @Provide
  Arbitrary<Trend> trends() {
    return Arbitraries.of(Trend.NONE, Trend.ASCENDING, Trend.DESCENDING);
  }

  private static boolean feasible(
      Cells cells, int[] starts, long minCount, int maxBins, Trend trend) {
    if (starts.length > maxBins) {
      return false;
    }
    for (int k = 0; k < starts.length; k++) {
      if (cells.count(starts[k], cells.end(starts, k)) < minCount) {
        return false;
      }
    }
    return cells.follows(starts, trend);
  }

  /** Every way to cut m cells into contiguous runs, as run start positions. */
  private static List<int[]> partitions(int m) {
    List<int[]> out = new ArrayList<>();
    for (int mask = 0; mask < 1 << (m - 1); mask++) {
      List<Integer> starts = new ArrayList<>(List.of(0));
      for (int i = 1; i < m; i++) {
        if ((mask & (1 << (i - 1))) != 0) {
          starts.add(i);
        }
      }
      out.add(starts.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }
}
