package dev.creditloop.app.bulk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * On PostgreSQL (CI: {@code CREDITLOOP_IT_DB_URL}), rows written by binary COPY are stored exactly
 * as the text COPY stores them: the same values go into a table of binary-writable columns and into
 * one that also has a column the binary format does not write (interval), so the whole load goes as
 * text; the two tables then read back the same. Skipped on H2, which has no COPY.
 */
class BulkTableIT {

  private static final String PG_URL = System.getenv("CREDITLOOP_IT_DB_URL");
  private static final String SUFFIX =
      UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private static final String BINARY = "bulk_binary_" + SUFFIX;
  private static final String TEXT = "bulk_text_" + SUFFIX;
  private static final String COLUMNS =
      "id bigint, n int, s smallint, b boolean, f double precision, amount numeric(20, 6),"
          + " name varchar(64), note text, doc json, docb jsonb, day date, at timestamptz, local_at timestamp";
  private static final List<String> NAMES =
      List.of(
          "id",
          "n",
          "s",
          "b",
          "f",
          "amount",
          "name",
          "note",
          "doc",
          "docb",
          "day",
          "at",
          "local_at");

  @BeforeAll
  static void tables() throws SQLException {
    assumeTrue(PG_URL != null && !PG_URL.isBlank(), "PostgreSQL only");
    execute("create table " + BINARY + " (" + COLUMNS + ")");
    execute("create table " + TEXT + " (" + COLUMNS + ", spare interval)");
  }

  @AfterAll
  static void drop() throws SQLException {
    if (PG_URL != null && !PG_URL.isBlank()) {
      execute("drop table if exists " + BINARY);
      execute("drop table if exists " + TEXT);
    }
  }

  @Test
  void binaryAndTextCopyStoreTheSameValues() throws SQLException {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(PG_URL);
    List<Object[]> rows = rows();
    write(ds, BINARY, NAMES, rows);
    List<String> withSpare = new ArrayList<>(NAMES);
    withSpare.add("spare");
    List<Object[]> textRows = new ArrayList<>();
    for (Object[] r : rows) {
      Object[] t = java.util.Arrays.copyOf(r, r.length + 1);
      textRows.add(t);
    }
    write(ds, TEXT, withSpare, textRows);

    List<String> binary = read(BINARY);
    assertThat(binary).hasSize(rows.size());
    assertThat(rows.size()).as("COPY, not INSERT").isGreaterThan(BulkTable.SMALL);
    assertThat(binary).isEqualTo(read(TEXT));
    assertThat(binary.get(0)).contains("价格", "2000-01-01", "-123.450000", "-9000000000");
  }

  private static List<Object[]> rows() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(
        new Object[] {
          1L,
          2,
          (short) 3,
          true,
          0.1,
          new BigDecimal("945.60"),
          "plain",
          "tab\there",
          "{\"a\":\"1\"}",
          "{\"b\": \"2\"}",
          LocalDate.of(2026, 11, 30),
          Timestamp.from(Instant.parse("2026-11-24T02:03:04.123456Z")),
          Timestamp.valueOf("2026-06-18 23:59:59.5")
        });
    rows.add(
        new Object[] {
          -9_000_000_000L,
          -1,
          (short) -2,
          false,
          -1e-300,
          new BigDecimal("-123.45"),
          "价格 \"quoted\"",
          "line\nbreak \\ back",
          "[]",
          "{}",
          LocalDate.of(2000, 1, 1),
          Timestamp.from(Instant.parse("1999-12-31T23:59:59Z")),
          Timestamp.valueOf("1970-01-01 00:00:00")
        });
    rows.add(
        new Object[] {3L, null, null, null, null, 7L, null, null, null, null, null, null, null});
    // enough rows that the batch goes by COPY, not as a multi-row INSERT
    for (long id = 4; id < 300; id++) {
      rows.add(
          new Object[] {
            id,
            (int) id,
            (short) id,
            id % 2 == 0,
            id / 7.0,
            BigDecimal.valueOf(id * 1001, 2),
            "n" + id,
            null,
            "{}",
            "{\"k\": " + id + "}",
            LocalDate.of(2025, 6, 1).plusDays(id),
            Timestamp.from(Instant.parse("2025-06-01T00:00:00Z").plusSeconds(id * 3607)),
            Timestamp.valueOf("2025-06-01 08:00:00")
          });
    }
    return rows;
  }

  private static void write(
      DataSource ds, String table, List<String> columns, List<Object[]> rows) {
    try (BulkTable t = new BulkTable(ds, table, columns, 1000)) {
      for (Object[] r : rows) {
        t.add(r);
      }
    }
  }

  private static List<String> read(String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(PG_URL);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select row("
                    + String.join(", ", NAMES)
                    + ")::text from "
                    + table
                    + " order by id")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG_URL);
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
