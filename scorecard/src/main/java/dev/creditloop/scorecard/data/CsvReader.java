package dev.creditloop.scorecard.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads RFC 4180 CSV with a header row: quoted fields may hold delimiters, doubled quotes and line
 * breaks. A column is numeric when every non-missing value is a plain decimal number, unless the
 * options force its type.
 */
public final class CsvReader {

  // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd' or 'f': too lenient.
  static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvReader() {}

  public static Dataset read(Path file, CsvOptions options) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString(), options);
  }

  public static Dataset parse(String text, String source, CsvOptions options) {
    List<Record> records = new Tokenizer(text, options.delimiter(), source).records();
    if (records.isEmpty()) {
      throw new MalformedDataException(source + ": no header row");
    }
    List<String> header = records.get(0).fields;
    Set<String> names = new HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).trim();
      if (name.isEmpty()) {
        throw MalformedDataException.at(source, records.get(0).line, "column " + (c + 1) + " has no name");
      }
      if (!names.add(name)) {
        throw MalformedDataException.at(source, records.get(0).line, "duplicate column '" + name + "'");
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

  private static Column column(String name, int index, List<Record> rows, String source, CsvOptions options) {
    String[] cells = new String[rows.size()];
    boolean allNumeric = true;
    for (int i = 0; i < cells.length; i++) {
      String raw = rows.get(i).fields.get(index).trim();
      cells[i] = options.missingTokens().contains(raw) ? null : raw;
      if (cells[i] != null && !DECIMAL.matcher(cells[i]).matches()) {
        allNumeric = false;
      }
    }
    ColumnType type = options.types().getOrDefault(name, allNumeric ? ColumnType.NUMERIC : ColumnType.CATEGORICAL);
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
            source, rows.get(i).line, "column '" + name + "' is numeric but holds '" + cells[i] + "'");
      }
      if (Double.isInfinite(values[i])) {
        throw MalformedDataException.at(source, rows.get(i).line, "column '" + name + "' overflows: " + cells[i]);
      }
    }
    return new NumericColumn(name, values);
  }

  private record Record(int line, List<String> fields) {}

  /** Splits text into records of fields; tracks the line each record starts on for messages. */
  private static final class Tokenizer {
    private final String text;
    private final char delimiter;
    private final String source;
    private int pos;
    private int line = 1;

    Tokenizer(String text, char delimiter, String source) {
      this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      this.delimiter = delimiter;
      this.source = source;
    }

    List<Record> records() {
      List<Record> out = new ArrayList<>();
      while (pos < text.length()) {
        int startLine = line;
        List<String> fields = record();
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
          out.add(new Record(startLine, fields));
        }
      }
      return out;
    }

    private List<String> record() {
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      while (pos < text.length()) {
        char ch = text.charAt(pos++);
        if (quoted) {
          if (ch == '"') {
            if (pos < text.length() && text.charAt(pos) == '"') {
              field.append('"');
              pos++;
            } else {
              quoted = false;
            }
          } else {
            if (ch == '\n') {
              line++;
            }
            field.append(ch);
          }
        } else if (ch == '"') {
          if (!field.toString().isBlank()) {
            throw MalformedDataException.at(source, line, "quote inside an unquoted field: " + field + '"');
          }
          field.setLength(0);
          quoted = true;
          wasQuoted = true;
        } else if (ch == delimiter) {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
          }
          line++;
          fields.add(field.toString());
          return fields;
        } else if (wasQuoted && !Character.isWhitespace(ch)) {
          throw MalformedDataException.at(source, line, "text after a closing quote: " + ch);
        } else {
          field.append(ch);
        }
      }
      if (quoted) {
        throw MalformedDataException.at(source, line, "a quoted field is not closed before the end of the file");
      }
      fields.add(field.toString());
      return fields;
    }
  }
}
