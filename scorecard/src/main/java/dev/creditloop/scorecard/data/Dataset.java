package dev.creditloop.scorecard.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Columns of equal length, addressed by name, in file order. Immutable. */
public final class Dataset {

  private final Map<String, Column> columns;
  private final int rows;

  public Dataset(List<? extends Column> columns) {
    Map<String, Column> byName = new LinkedHashMap<>();
    int size = columns.isEmpty() ? 0 : columns.get(0).size();
    for (Column c : columns) {
      if (c.size() != size) {
        throw new IllegalArgumentException(
            "column " + c.name() + " has " + c.size() + " rows, expected " + size);
      }
      if (byName.put(c.name(), c) != null) {
        throw new IllegalArgumentException("duplicate column " + c.name());
      }
    }
    this.columns = byName;
    this.rows = size;
  }

  /** Reads ARFF when the file name ends in {@code .arff}, otherwise CSV with default options. */
  public static Dataset read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".arff")
        ? ArffReader.read(file)
        : CsvReader.read(file, CsvOptions.defaults());
  }

  public int rowCount() {
    return rows;
  }

  public List<Column> columns() {
    return List.copyOf(columns.values());
  }

  public List<String> columnNames() {
    return List.copyOf(columns.keySet());
  }

  public boolean has(String name) {
    return columns.containsKey(name);
  }

  public Column column(String name) {
    Column c = columns.get(name);
    if (c == null) {
      throw new IllegalArgumentException(
          "unknown column '" + name + "'; columns are " + columns.keySet());
    }
    return c;
  }

  /** The rows at the given positions, in that order. */
  public Dataset select(int[] rowPositions) {
    List<Column> picked = new ArrayList<>();
    for (Column c : columns.values()) {
      picked.add(c.select(rowPositions));
    }
    return new Dataset(picked);
  }

  public Dataset without(String name) {
    List<Column> kept = new ArrayList<>(columns.values());
    kept.removeIf(c -> c.name().equals(name));
    return new Dataset(kept);
  }

  public Row row(int position) {
    Row.Builder b = Row.builder();
    for (Column c : columns.values()) {
      b.value(c.name(), c.value(position));
    }
    return b.build();
  }
}
