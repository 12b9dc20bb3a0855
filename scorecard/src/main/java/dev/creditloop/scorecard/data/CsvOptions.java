package dev.creditloop.scorecard.data;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How to read a CSV file: the delimiter, the tokens that mean "missing" (compared after trimming,
 * quoted or not), and column types that override detection.
 */
public record CsvOptions(char delimiter, Set<String> missingTokens, Map<String, ColumnType> types) {

  public CsvOptions {
    missingTokens = Set.copyOf(missingTokens);
    types = Map.copyOf(types);
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("delimiter cannot be a quote or a line break");
    }
  }

  /** Comma-separated, missing is empty or {@code NA}, types detected. */
  public static CsvOptions defaults() {
    return new CsvOptions(',', Set.of("", "NA"), Map.of());
  }

  public CsvOptions withDelimiter(char newDelimiter) {
    return new CsvOptions(newDelimiter, missingTokens, types);
  }

  public CsvOptions withMissingTokens(Set<String> tokens) {
    return new CsvOptions(delimiter, tokens, types);
  }

  /** Forces a column's type, e.g. a numeric-looking branch code read as categorical. */
  public CsvOptions withType(String column, ColumnType type) {
    Map<String, ColumnType> next = new HashMap<>(types);
    next.put(column, type);
    return new CsvOptions(delimiter, missingTokens, next);
  }
}
