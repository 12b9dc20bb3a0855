package dev.creditloop.app.bulk;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes many rows into one table fast, on the current transaction's connection: PostgreSQL's COPY
 * where the database is PostgreSQL, multi-row JDBC batches elsewhere (H2). Rows are buffered and
 * flushed every {@code flushRows} and on {@link #close()}. Values go through {@link String#valueOf}
 * for COPY (escaped as its text format requires): numbers, dates, timestamps, booleans, strings.
 */
public final class BulkTable implements AutoCloseable {

  private static final int SMALL = 200;

  private final DataSource dataSource;
  private final String table;
  private final List<String> columns;
  private final int flushRows;
  private final List<Object[]> buffer = new ArrayList<>();
  private long written;

  public BulkTable(DataSource dataSource, String table, List<String> columns, int flushRows) {
    this.dataSource = dataSource;
    this.table = table;
    this.columns = List.copyOf(columns);
    this.flushRows = flushRows;
  }

  public void add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(table + ": expected " + columns.size() + " values, got " + values.length);
    }
    buffer.add(values);
    if (buffer.size() >= flushRows) {
      flush();
    }
  }

  public long written() {
    return written + buffer.size();
  }

  public void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      // COPY costs two round trips of its own: a few rows go faster as one multi-row INSERT
      if (c.isWrapperFor(PGConnection.class) && buffer.size() > SMALL) {
        copy(c.unwrap(PGConnection.class));
      } else {
        batch(c);
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("bulk write into " + table + " failed", e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
    written += buffer.size();
    buffer.clear();
  }

  private void copy(PGConnection pg) throws SQLException, IOException {
    StringBuilder text = new StringBuilder(buffer.size() * 64);
    for (Object[] row : buffer) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        if (row[i] == null) {
          text.append("\\N");
        } else {
          escape(text, String.valueOf(row[i]));
        }
      }
      text.append('\n');
    }
    pg.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN", new StringReader(text.toString()));
  }

  /** COPY's text format gives backslash, tab, newline and carriage return a meaning: escape them. */
  private static void escape(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
  }

  private void batch(Connection c) throws SQLException {
    String marks = "(" + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
    for (int from = 0; from < buffer.size(); from += SMALL) {
      List<Object[]> chunk = buffer.subList(from, Math.min(buffer.size(), from + SMALL));
      String values = String.join(", ", java.util.Collections.nCopies(chunk.size(), marks));
      try (PreparedStatement ps = c.prepareStatement(
          "insert into " + table + " (" + String.join(", ", columns) + ") values " + values)) {
        int p = 1;
        for (Object[] row : chunk) {
          for (Object value : row) {
            ps.setObject(p++, value);
          }
        }
        ps.executeUpdate();
      }
    }
  }

  @Override
  public void close() {
    flush();
  }
}
