package dev.creditloop.scorecard.binning;

/** A bin with its counts on the sample it was built from, its WOE and its share of the IV. */
public record Bin(BinRule rule, long goods, long bads, double woe, double iv) {

  public long count() {
    return goods + bads;
  }

  public double badRate() {
    return count() == 0 ? Double.NaN : (double) bads / count();
  }

  public String label() {
    return rule.label();
  }
}
