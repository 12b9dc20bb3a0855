package dev.creditloop.app.bulk.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes many rows into one table fast, on the current transaction's connection: PostgreSQL's COPY
 * where the database is PostgreSQL, multi-row JDBC batches elsewhere (H2). Rows are buffered and
 * flushed every {@code flushRows} and on {@link #close()}. COPY goes in the binary format where
 * every column type and value allow it ({@link BinaryCopyFormat}: nothing to format or parse on
 * either side), else in the text format, straight as UTF-8 bytes (escaped as the format requires):
 * whole numbers and booleans directly, anything else (dates, timestamps, decimals, strings) as
 * {@link String#valueOf} gives it.
 */
public final class BulkTable implements AutoCloseable {

  /** Up to this many rows a flush is a batch of one INSERT statement; more go by COPY. */
  static final int SMALL = 200;

  /** Bytes handed to the driver at a time. */
  private static final int CHUNK = 1 << 16;

  private final DataSource dataSource;
  private final String table;
  private final List<String> columns;
  private final int flushRows;
  private final List<Object[]> buffer = new ArrayList<>();

  /** Up to this many rows a flush is a batch of one INSERT statement; more go by COPY. */
  private int smallRows = SMALL;

  /**
   * Per column, the last value that went through String.valueOf and its bytes: "now" columns repeat
   * one object.
   */
  private final Object[] lastValue;

  private final byte[][] lastBytes;
  private long written;

  public BulkTable(DataSource dataSource, String table, List<String> columns, int flushRows) {
    this.dataSource = dataSource;
    this.table = table;
    this.columns = List.copyOf(columns);
    this.flushRows = flushRows;
    this.lastValue = new Object[columns.size()];
    this.lastBytes = new byte[columns.size()][];
  }

  /**
   * Sends every flush by COPY on PostgreSQL, however few its rows: for a writer off the request
   * path whose flushes of a few dozen rows cost PostgreSQL less as one COPY than as a batch of
   * INSERTs (the round trip COPY adds is the writer's, not a request's).
   */
  public BulkTable copyAlways() {
    this.smallRows = 0;
    return this;
  }

  public void add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          table + ": expected " + columns.size() + " values, got " + values.length);
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
      // COPY costs two round trips of its own: a few rows go faster as one batched INSERT
      if (c.isWrapperFor(PGConnection.class) && buffer.size() > smallRows) {
        Optional<BinaryCopyFormat> binary = BinaryCopyFormat.of(dataSource, c, table, columns);
        if (binary.isPresent() && binary.get().accepts(buffer)) {
          copy(c.unwrap(PGConnection.class), binary.get());
        } else {
          copy(c.unwrap(PGConnection.class));
        }
      } else {
        batch(c);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("bulk write into " + table + " failed", e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
    written += buffer.size();
    buffer.clear();
  }

  private void copy(PGConnection pg, BinaryCopyFormat format) throws SQLException {
    copy(pg, " (FORMAT binary)", format::header, format::row, format::trailer);
  }

  private void copy(PGConnection pg) throws SQLException {
    // rows are only read, never changed, between add and flush: within one flush an object's text
    // is fixed
    java.util.Arrays.fill(lastValue, null);
    copy(pg, "", out -> {}, this::textRow, out -> {});
  }

  /** One COPY of the buffered rows, handed to the driver {@link #CHUNK} bytes at a time. */
  private void copy(
      PGConnection pg,
      String options,
      Consumer<CopyBytes> header,
      BiConsumer<CopyBytes, Object[]> row,
      Consumer<CopyBytes> trailer)
      throws SQLException {
    CopyIn in =
        pg.getCopyAPI()
            .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN" + options);
    try {
      CopyBytes out = new CopyBytes(CHUNK + 1024);
      header.accept(out);
      for (Object[] values : buffer) {
        row.accept(out, values);
        if (out.size >= CHUNK) {
          in.writeToCopy(out.bytes, 0, out.size);
          out.size = 0;
        }
      }
      trailer.accept(out);
      in.writeToCopy(out.bytes, 0, out.size);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private void textRow(CopyBytes out, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        out.put((byte) '\t');
      }
      value(out, i, row[i]);
    }
    out.put((byte) '\n');
  }

  private void value(CopyBytes out, int column, Object value) {
    if (value == null) {
      out.put((byte) '\\');
      out.put((byte) 'N');
    } else if (value instanceof Long l) {
      out.putDecimal(l);
    } else if (value instanceof Integer n) {
      out.putDecimal(n);
    } else if (value instanceof Boolean b) {
      out.put((byte) (b ? 't' : 'f'));
    } else if (value instanceof String s) {
      escape(out, s);
    } else {
      if (lastValue[column] != value) {
        CopyBytes text = new CopyBytes(32);
        escape(text, String.valueOf(value));
        lastValue[column] = value;
        lastBytes[column] = java.util.Arrays.copyOf(text.bytes, text.size);
      }
      out.put(lastBytes[column]);
    }
  }

  /**
   * COPY's text format gives backslash, tab, newline and carriage return a meaning: escape them.
   */
  private static void escape(CopyBytes out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch >= 0x80) {
        // not ASCII: let the JDK encode the rest (the escaped characters are all ASCII, none is
        // lost)
        escapeAscii(out, value.substring(0, i));
        byte[] rest = value.substring(i).getBytes(StandardCharsets.UTF_8);
        for (byte b : rest) {
          escapeByte(out, b);
        }
        return;
      }
    }
    escapeAscii(out, value);
  }

  private static void escapeAscii(CopyBytes out, String ascii) {
    for (int i = 0; i < ascii.length(); i++) {
      escapeByte(out, (byte) ascii.charAt(i));
    }
  }

  private static void escapeByte(CopyBytes out, byte b) {
    switch (b) {
      case '\\' -> {
        out.put((byte) '\\');
        out.put((byte) '\\');
      }
      case '\t' -> {
        out.put((byte) '\\');
        out.put((byte) 't');
      }
      case '\n' -> {
        out.put((byte) '\\');
        out.put((byte) 'n');
      }
      case '\r' -> {
        out.put((byte) '\\');
        out.put((byte) 'r');
      }
      default -> out.put(b);
    }
  }

  /**
   * Held back when the unit of work holds its writes back ({@link DeferredWrites}); else one
   * statement text whatever the number of rows, sent as a JDBC batch: the driver pipelines the rows
   * in one round trip and the database parses and plans the statement once per connection (a
   * multi-row INSERT of as many rows as happened to be queued was a new statement each time, parsed
   * and planned again: most of a pre-check's database time when its decision was logged).
   */
  private void batch(Connection c) throws SQLException {
    if (c instanceof DeferringConnection d && d.defers()) {
      d.insertLater(table, columns, List.copyOf(buffer));
      return;
    }
    String marks = String.join(", ", columns.stream().map(x -> "?").toList());
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into "
                + table
                + " ("
                + String.join(", ", columns)
                + ") values ("
                + marks
                + ")")) {
      for (Object[] row : buffer) {
        for (int i = 0; i < row.length; i++) {
          ps.setObject(i + 1, row[i]);
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public void close() {
    flush();
  }
}
