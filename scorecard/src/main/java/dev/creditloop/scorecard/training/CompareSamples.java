package dev.creditloop.scorecard.training;

import dev.creditloop.scorecard.binning.VariableBinning;
import dev.creditloop.scorecard.data.Column;
import dev.creditloop.scorecard.data.Dataset;
import dev.creditloop.scorecard.metrics.Stability;
import java.util.LinkedHashMap;
import java.util.Map;

/** Computes a {@link SampleComparison} for a trained model. */
public final class CompareSamples {

  private CompareSamples() {}

  public static SampleComparison compare(ScorecardModel model, Dataset expected, Dataset actual) {
    double psi = Stability.scores(model.scores(expected), model.scores(actual), 10);
    Map<String, Double> csi = new LinkedHashMap<>();
    for (String variable : model.modelVariables()) {
      if (!actual.has(variable)) {
        throw new IllegalArgumentException(
            "the comparison sample has no column '" + variable + "'");
      }
      VariableBinning b = model.binning(variable);
      csi.put(
          variable,
          Stability.index(
              binCounts(b, expected.column(variable)), binCounts(b, actual.column(variable))));
    }
    return new SampleComparison(expected.rowCount(), actual.rowCount(), psi, csi);
  }

  /**
   * Rows per bin; the last slot counts rows no bin takes (unseen categories, new missing values).
   */
  private static long[] binCounts(VariableBinning binning, Column column) {
    long[] counts = new long[binning.bins().size() + 1];
    for (int i = 0; i < column.size(); i++) {
      int at = binning.indexOf(column.value(i));
      counts[at < 0 ? counts.length - 1 : at]++;
    }
    return counts;
  }
}
