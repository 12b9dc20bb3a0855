package dev.creditloop.scorecard.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 CSV with a header row (Apache Commons CSV does the splitting): quoted fields may
 * hold delimiters, doubled quotes and line breaks. A column is numeric when every non-missing value
 * is a plain decimal number, unless the options force its type.
 */
public final class CsvReader {

  // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd' or 'f': too lenient.
  static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvReader() {}

  public static Dataset read(Path file, CsvOptions options) throws IOException {
    return parse(
        Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString(), options);
  }

  public static Dataset parse(String text, String source, CsvOptions options) {
    List<Record> records = records(text, options.delimiter(), source);
    if (records.isEmpty()) {
      throw new MalformedDataException(source + ": no header row");
    }
    List<String> header = records.get(0).fields;
    Set<String> names = new HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).trim();
      if (name.isEmpty()) {
        throw MalformedDataException.at(
            source, records.get(0).line, "column " + (c + 1) + " has no name");
      }
      if (!names.add(name)) {
        throw MalformedDataException.at(
            source, records.get(0).line, "duplicate column '" + name + "'");
      }
    }
    for (String forced : options.types().keySet()) {
      if (!names.contains(forced)) {
        throw new MalformedDataException(
            source + ": a type is set for column '" + forced + "' which the header does not have");
      }
    }
    List<Record> rows = records.subList(1, records.size());
    for (Record r : rows) {
      if (r.fields.size() != header.size()) {
        throw MalformedDataException.at(
            source, r.line, r.fields.size() + " fields but the header has " + header.size());
      }
    }
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      columns.add(column(header.get(c).trim(), c, rows, source, options));
    }
    return new Dataset(columns);
  }

  private static Column column(
      String name, int index, List<Record> rows, String source, CsvOptions options) {
    String[] cells = new String[rows.size()];
    boolean allNumeric = true;
    for (int i = 0; i < cells.length; i++) {
      String raw = rows.get(i).fields.get(index).trim();
      cells[i] = options.missingTokens().contains(raw) ? null : raw;
      if (cells[i] != null && !DECIMAL.matcher(cells[i]).matches()) {
        allNumeric = false;
      }
    }
    ColumnType type =
        options
            .types()
            .getOrDefault(name, allNumeric ? ColumnType.NUMERIC : ColumnType.CATEGORICAL);
    if (type == ColumnType.CATEGORICAL) {
      return new CategoricalColumn(name, cells);
    }
    double[] values = new double[cells.length];
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] == null) {
        values[i] = Double.NaN;
      } else if (DECIMAL.matcher(cells[i]).matches()) {
        values[i] = Double.parseDouble(cells[i]);
      } else {
        throw MalformedDataException.at(
            source,
            rows.get(i).line,
            "column '" + name + "' is numeric but holds '" + cells[i] + "'");
      }
      if (Double.isInfinite(values[i])) {
        throw MalformedDataException.at(
            source, rows.get(i).line, "column '" + name + "' overflows: " + cells[i]);
      }
    }
    return new NumericColumn(name, values);
  }

  private record Record(int line, List<String> fields) {}

  /**
   * Records with the line each starts on, for messages. Commons CSV counts lines but not where a
   * record begins, so the count is taken before each record is read (the iterator reads on {@code
   * hasNext}). Blank lines are skipped here rather than by the format, which would hide them from
   * that count.
   */
  private static List<Record> records(String text, char delimiter, String source) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .get();
    // A byte order mark is not part of the first column's name.
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Record> out = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(body, format)) {
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        int line = (int) parser.getCurrentLineNumber() + 1;
        CSVRecord r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (UncheckedIOException e) {
          throw MalformedDataException.at(source, line, malformed(e.getCause()));
        }
        List<String> fields = r.toList();
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
          out.add(new Record(line, fields));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String never fails to read
    }
    return out;
  }

  private static String malformed(IOException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("EOF reached before encapsulated token finished")
        ? "a quoted field is not closed before the end of the file"
        : message;
  }
}
