package dev.creditloop.scorecard.selection;

/**
 * @param ivMin least IV a variable needs (0.02 is the usual "weak" line)
 * @param maxCorrelation largest |Pearson r| between the WOE values of two selected variables
 */
public record SelectionSettings(double ivMin, double maxCorrelation) {

  public SelectionSettings {
    if (!(ivMin >= 0)) {
      throw new IllegalArgumentException("ivMin must be at least 0");
    }
    if (!(maxCorrelation > 0 && maxCorrelation <= 1)) {
      throw new IllegalArgumentException("maxCorrelation must be in (0, 1]");
    }
  }

  public static SelectionSettings defaults() {
    return new SelectionSettings(0.02, 0.7);
  }

  public SelectionSettings withIvMin(double value) {
    return new SelectionSettings(value, maxCorrelation);
  }

  public SelectionSettings withMaxCorrelation(double value) {
    return new SelectionSettings(ivMin, value);
  }
}
