package dev.creditloop.scorecard.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads dense Weka ARFF: {@code numeric/real/integer} attributes become numeric columns, nominal
 * {@code {...}} and {@code string} attributes categorical ones; {@code ?} is missing; lines
 * starting with {@code %} are comments; values may be quoted with ' or " and use backslash escapes.
 * Sparse rows, instance weights and dates are rejected with a message.
 */
public final class ArffReader {

  private ArffReader() {}

  public static Dataset read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  public static Dataset parse(String text, String source) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<Attribute> attributes = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    boolean inData = false;
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("%")) {
        continue;
      }
      if (!inData) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("@relation")) {
          continue;
        } else if (lower.startsWith("@attribute")) {
          attributes.add(attribute(line.substring("@attribute".length()).strip(), source, lineNo));
        } else if (lower.startsWith("@data")) {
          if (attributes.isEmpty()) {
            throw MalformedDataException.at(source, lineNo, "@data before any @attribute");
          }
          inData = true;
        } else {
          throw MalformedDataException.at(
              source, lineNo, "expected @relation, @attribute or @data: " + line);
        }
        continue;
      }
      if (line.startsWith("{")) {
        throw MalformedDataException.at(source, lineNo, "sparse ARFF rows are not supported");
      }
      List<String> values = new Fields(line, source, lineNo).split(',');
      if (values.size() != attributes.size()) {
        throw MalformedDataException.at(
            source,
            lineNo,
            values.size() + " values but " + attributes.size() + " attributes are declared");
      }
      rows.add(values);
      rowLines.add(lineNo);
    }
    if (!inData) {
      throw new MalformedDataException(source + ": no @data section");
    }
    List<Column> columns = new ArrayList<>();
    for (int a = 0; a < attributes.size(); a++) {
      columns.add(attributes.get(a).column(a, rows, rowLines, source));
    }
    return new Dataset(columns);
  }

  private static Attribute attribute(String declaration, String source, int line) {
    Fields f = new Fields(declaration, source, line);
    String name = f.nextToken();
    if (name.isEmpty()) {
      throw MalformedDataException.at(source, line, "attribute without a name");
    }
    String rest = f.remainder().strip();
    String lower = rest.toLowerCase(Locale.ROOT);
    if (rest.startsWith("{")) {
      int close = rest.lastIndexOf('}');
      if (close < 0) {
        throw MalformedDataException.at(
            source, line, "nominal list of '" + name + "' is not closed");
      }
      List<String> levels = new Fields(rest.substring(1, close), source, line).split(',');
      return new Attribute(name, ColumnType.CATEGORICAL, new LinkedHashSet<>(levels));
    }
    if (lower.equals("numeric") || lower.equals("real") || lower.equals("integer")) {
      return new Attribute(name, ColumnType.NUMERIC, null);
    }
    if (lower.equals("string")) {
      return new Attribute(name, ColumnType.CATEGORICAL, null);
    }
    throw MalformedDataException.at(
        source, line, "attribute '" + name + "' has unsupported type: " + rest);
  }

  private record Attribute(String name, ColumnType type, Set<String> levels) {

    Column column(int index, List<List<String>> rows, List<Integer> lines, String source) {
      if (type == ColumnType.NUMERIC) {
        double[] values = new double[rows.size()];
        for (int r = 0; r < values.length; r++) {
          String v = rows.get(r).get(index);
          if (v == null) {
            values[r] = Double.NaN;
          } else if (CsvReader.DECIMAL.matcher(v).matches()) {
            values[r] = Double.parseDouble(v);
          } else {
            throw MalformedDataException.at(
                source, lines.get(r), "attribute '" + name + "' is numeric but holds '" + v + "'");
          }
        }
        return new NumericColumn(name, values);
      }
      String[] values = new String[rows.size()];
      for (int r = 0; r < values.length; r++) {
        String v = rows.get(r).get(index);
        if (v != null && levels != null && !levels.contains(v)) {
          throw MalformedDataException.at(
              source,
              lines.get(r),
              "'" + v + "' is not a declared value of '" + name + "' " + levels);
        }
        values[r] = v;
      }
      return new CategoricalColumn(name, values, levels == null ? List.of() : List.copyOf(levels));
    }
  }

  /**
   * Comma-separated tokens with ARFF quoting; an unquoted {@code ?} becomes null (missing), a
   * quoted '?' stays the text "?".
   */
  private static final class Fields {
    private final String text;
    private final String source;
    private final int line;
    private int pos;

    Fields(String text, String source, int line) {
      this.text = text;
      this.source = source;
      this.line = line;
    }

    List<String> split(char separator) {
      List<String> out = new ArrayList<>();
      if (text.isBlank()) {
        return out;
      }
      while (true) {
        skipSpaces();
        String value = value(separator);
        out.add(value);
        skipSpaces();
        if (pos >= text.length()) {
          return out;
        }
        char ch = text.charAt(pos);
        if (ch == separator) {
          pos++;
        } else if (ch == '%') {
          return out;
        } else {
          throw MalformedDataException.at(source, line, "unexpected '" + ch + "' in: " + text);
        }
      }
    }

    /** A name token for @attribute: quoted, or up to the first whitespace. */
    String nextToken() {
      skipSpaces();
      if (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"')) {
        return quoted(text.charAt(pos));
      }
      int start = pos;
      while (pos < text.length()
          && !Character.isWhitespace(text.charAt(pos))
          && text.charAt(pos) != '{') {
        pos++;
      }
      return text.substring(start, pos);
    }

    String remainder() {
      return text.substring(pos);
    }

    private String value(char separator) {
      if (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"')) {
        return quoted(text.charAt(pos));
      }
      int start = pos;
      while (pos < text.length() && text.charAt(pos) != separator) {
        pos++;
      }
      String raw = text.substring(start, pos).strip();
      return raw.equals("?") ? null : raw;
    }

    private String quoted(char quote) {
      pos++;
      StringBuilder out = new StringBuilder();
      while (pos < text.length()) {
        char ch = text.charAt(pos++);
        if (ch == '\\' && pos < text.length()) {
          char next = text.charAt(pos++);
          out.append(
              switch (next) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                default -> next;
              });
        } else if (ch == quote) {
          return out.toString();
        } else {
          out.append(ch);
        }
      }
      throw MalformedDataException.at(source, line, "unclosed quote in: " + text);
    }

    private void skipSpaces() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }
  }
}
