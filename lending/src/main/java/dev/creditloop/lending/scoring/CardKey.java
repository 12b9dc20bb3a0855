package dev.creditloop.lending.scoring;

/** Which card scores: a strategy version's scorecard step. */
public record CardKey(String strategyId, int version, String step) {

  @Override
  public String toString() {
    return strategyId + " v" + version + " step " + step;
  }
}
