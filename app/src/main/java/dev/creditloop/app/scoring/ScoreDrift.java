package dev.creditloop.app.scoring;

import dev.creditloop.decisioning.scorecard.CompiledScorecard;
import dev.creditloop.scorecard.metrics.Stability;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drift between two scoring runs of the same card: the population stability index (PSI) of the
 * score, over the reference run's score deciles, and the characteristic stability (CSI) of each
 * characteristic, over the card's own bins. Each run keeps its {@link Distribution}, so a run is
 * compared with the one before it without reading the scores of either again.
 */
public final class ScoreDrift {

  private ScoreDrift() {}

  /**
   * What a run's scores looked like: the inner edges of its score deciles, its customers per band
   * of those edges, and per characteristic its customers per bin (index as written in the card).
   */
  public record Distribution(double[] edges, long[] bands, Map<String, long[]> bins) {}

  /**
   * The run's own distribution; {@code bins[i][c]} is the bin customer i fell in for characteristic
   * c.
   */
  public static Distribution of(double[] scores, int[][] bins, CompiledScorecard card) {
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    double[] edges = new double[sorted.length == 0 ? 0 : 9];
    for (int k = 0; k < edges.length; k++) {
      edges[k] =
          sorted[(int) Math.min(sorted.length - 1, Math.round((k + 1) * sorted.length / 10.0))];
    }
    Map<String, long[]> perCharacteristic = new LinkedHashMap<>();
    for (int c = 0; c < card.characteristics(); c++) {
      int most = 0;
      for (int[] b : bins) {
        most = Math.max(most, b[c] + 1);
      }
      long[] counts = new long[most];
      for (int[] b : bins) {
        counts[b[c]]++;
      }
      perCharacteristic.put(card.name(c), counts);
    }
    return new Distribution(edges, count(scores, edges), perCharacteristic);
  }

  /** Customers per band of {@code edges}: a score on an edge belongs to the band above it. */
  static long[] count(double[] scores, double[] edges) {
    long[] bands = new long[edges.length + 1];
    for (double s : scores) {
      int band = 0;
      while (band < edges.length && s >= edges[band]) {
        band++;
      }
      bands[band]++;
    }
    return bands;
  }

  /**
   * The workbench's PSI ({@link Stability#index}) over two runs whose bin lists may differ in
   * length: a bin only one run reached counts as empty in the other. NaN when a run is empty, so a
   * comparison with an empty run shows as "no figure" rather than failing the run.
   */
  static double psi(long[] expected, long[] actual) {
    if (Arrays.stream(expected).sum() == 0 || Arrays.stream(actual).sum() == 0) {
      return Double.NaN;
    }
    int bins = Math.max(expected.length, actual.length);
    return Stability.index(Arrays.copyOf(expected, bins), Arrays.copyOf(actual, bins));
  }

  /** Score PSI (this run's scores over the reference's deciles) and CSI per characteristic. */
  public static Map<String, Object> compare(
      Distribution reference, double[] scores, Distribution current) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scorePsi", psi(reference.bands(), count(scores, reference.edges())));
    Map<String, Double> csi = new LinkedHashMap<>();
    current
        .bins()
        .forEach(
            (name, counts) -> {
              long[] before = reference.bins().get(name);
              if (before != null) {
                csi.put(name, psi(before, counts));
              }
            });
    out.put("csi", csi);
    return out;
  }
}
