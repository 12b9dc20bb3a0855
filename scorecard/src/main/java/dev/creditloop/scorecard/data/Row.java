package dev.creditloop.scorecard.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values of one applicant or account, by column name; absent columns read as missing. */
public final class Row {

  private final Map<String, Value> values;

  private Row(Map<String, Value> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Value get(String column) {
    return values.getOrDefault(column, Value.MISSING);
  }

  public Map<String, Value> values() {
    return values;
  }

  @Override
  public String toString() {
    return values.toString();
  }

  /** Builds a row cell by cell. */
  public static final class Builder {
    private final Map<String, Value> values = new LinkedHashMap<>();

    private Builder() {}

    public Builder number(String column, double value) {
      values.put(column, Value.of(value));
      return this;
    }

    public Builder text(String column, String value) {
      values.put(column, Value.of(value));
      return this;
    }

    public Builder missing(String column) {
      values.put(column, Value.MISSING);
      return this;
    }

    public Builder value(String column, Value value) {
      values.put(column, value == null ? Value.MISSING : value);
      return this;
    }

    public Row build() {
      return new Row(new LinkedHashMap<>(values));
    }
  }
}
