package dev.creditloop.scorecard.data;

/** Feature columns and, per row, whether the outcome was bad. */
public final class LabelledData {

  private final Dataset features;
  private final boolean[] bad;
  private final int bads;

  public LabelledData(Dataset features, boolean[] bad) {
    if (features.rowCount() != bad.length) {
      throw new IllegalArgumentException(
          features.rowCount() + " feature rows but " + bad.length + " labels");
    }
    this.features = features;
    this.bad = bad.clone();
    int count = 0;
    for (boolean b : bad) {
      if (b) {
        count++;
      }
    }
    this.bads = count;
  }

  public Dataset features() {
    return features;
  }

  public int size() {
    return bad.length;
  }

  public boolean isBad(int row) {
    return bad[row];
  }

  public boolean[] labels() {
    return bad.clone();
  }

  public int bads() {
    return bads;
  }

  public int goods() {
    return bad.length - bads;
  }

  public LabelledData select(int[] rows) {
    boolean[] picked = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      picked[i] = bad[rows[i]];
    }
    return new LabelledData(features.select(rows), picked);
  }
}
