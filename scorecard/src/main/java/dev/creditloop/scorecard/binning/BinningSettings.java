package dev.creditloop.scorecard.binning;

/**
 * Automatic binning settings.
 *
 * @param fineBins quantile bins before merging (numeric variables)
 * @param maxBins most range or category bins a variable ends with (missing and specials extra)
 * @param minBinShare least share of all rows a merged range or category bin must hold
 * @param trend WOE trend for numeric variables (categorical ones are ordered by bad rate)
 * @param chiSquareSignificance ChiMerge keeps adjacent bins apart only when they differ at this
 *     level
 */
public record BinningSettings(
    BinningMethod method,
    int fineBins,
    int maxBins,
    double minBinShare,
    Trend trend,
    double chiSquareSignificance,
    SpecialValues specialValues) {

  public BinningSettings {
    if (fineBins < 2) {
      throw new IllegalArgumentException("fineBins must be at least 2");
    }
    if (maxBins < 1) {
      throw new IllegalArgumentException("maxBins must be at least 1");
    }
    if (!(minBinShare >= 0 && minBinShare < 0.5)) {
      throw new IllegalArgumentException("minBinShare must be in [0, 0.5)");
    }
    if (!(chiSquareSignificance > 0 && chiSquareSignificance < 1)) {
      throw new IllegalArgumentException("chiSquareSignificance must be in (0, 1)");
    }
  }

  /** IV-optimal, 20 fine bins, at most 6 bins, at least 5% each, monotonic trend detected. */
  public static BinningSettings defaults() {
    return new BinningSettings(
        BinningMethod.IV_OPTIMAL, 20, 6, 0.05, Trend.AUTO, 0.05, SpecialValues.none());
  }

  public BinningSettings withMethod(BinningMethod value) {
    return new BinningSettings(
        value, fineBins, maxBins, minBinShare, trend, chiSquareSignificance, specialValues);
  }

  public BinningSettings withFineBins(int value) {
    return new BinningSettings(
        method, value, maxBins, minBinShare, trend, chiSquareSignificance, specialValues);
  }

  public BinningSettings withMaxBins(int value) {
    return new BinningSettings(
        method, fineBins, value, minBinShare, trend, chiSquareSignificance, specialValues);
  }

  public BinningSettings withMinBinShare(double value) {
    return new BinningSettings(
        method, fineBins, maxBins, value, trend, chiSquareSignificance, specialValues);
  }

  public BinningSettings withTrend(Trend value) {
    return new BinningSettings(
        method, fineBins, maxBins, minBinShare, value, chiSquareSignificance, specialValues);
  }

  public BinningSettings withChiSquareSignificance(double value) {
    return new BinningSettings(method, fineBins, maxBins, minBinShare, trend, value, specialValues);
  }

  public BinningSettings withSpecialValues(SpecialValues value) {
    return new BinningSettings(
        method, fineBins, maxBins, minBinShare, trend, chiSquareSignificance, value);
  }
}
