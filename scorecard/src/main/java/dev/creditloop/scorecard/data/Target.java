package dev.creditloop.scorecard.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which column holds the outcome and which of its values means "bad"; every other non-missing value
 * is "good".
 */
public record Target(String column, String badValue) {

  public Target {
    if (column == null || column.isBlank()) {
      throw new IllegalArgumentException("target column is required");
    }
    if (badValue == null || badValue.isEmpty()) {
      throw new IllegalArgumentException("bad value is required");
    }
  }

  /**
   * Splits the data into features and labels. Rows whose target is missing are left out (they carry
   * no outcome). Fails when the column is unknown, the bad value never occurs, or no good row is
   * left.
   */
  public LabelledData label(Dataset data) {
    if (!data.has(column)) {
      throw new TargetException(
          "target column '" + column + "' not found; columns are " + data.columnNames());
    }
    Column target = data.column(column);
    List<Integer> kept = new ArrayList<>();
    List<Boolean> bad = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < target.size(); i++) {
      Value v = target.value(i);
      if (v.isMissing()) {
        continue;
      }
      seen.add(v.toString());
      kept.add(i);
      bad.add(isBad(v));
    }
    long bads = bad.stream().filter(b -> b).count();
    if (bads == 0) {
      throw new TargetException(
          "bad value '"
              + badValue
              + "' does not occur in column '"
              + column
              + "'; values are "
              + (seen.size() > 20 ? seen.size() + " distinct values" : seen));
    }
    if (bads == kept.size()) {
      throw new TargetException(
          "every row of '" + column + "' is bad; a scorecard needs goods too");
    }
    int[] rows = kept.stream().mapToInt(Integer::intValue).toArray();
    boolean[] labels = new boolean[rows.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = bad.get(i);
    }
    Dataset features = data.without(column);
    return new LabelledData(
        rows.length == data.rowCount() ? features : features.select(rows), labels);
  }

  private boolean isBad(Value v) {
    if (v instanceof Value.Number n) {
      // "1" names the numeric value 1.0: compare as numbers, not as the text "1.0"
      try {
        return n.value() == Double.parseDouble(badValue.trim());
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return v.toString().equals(badValue);
  }

  /** The target column or bad value does not fit the data. */
  public static final class TargetException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    TargetException(String message) {
      super(message);
    }
  }
}
