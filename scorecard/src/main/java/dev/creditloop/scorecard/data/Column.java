package dev.creditloop.scorecard.data;

/** One named column of a {@link Dataset}: every row has a value or a missing marker. */
public sealed interface Column permits NumericColumn, CategoricalColumn {

  String name();

  ColumnType type();

  int size();

  boolean isMissing(int row);

  Value value(int row);

  /** The rows at the given positions, in that order (positions may repeat). */
  Column select(int[] rows);

  default int missingCount() {
    int missing = 0;
    for (int i = 0; i < size(); i++) {
      if (isMissing(i)) {
        missing++;
      }
    }
    return missing;
  }
}
