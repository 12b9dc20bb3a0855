package dev.creditloop.app.bulk.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.postgresql.util.ByteConverter;

/**
 * PostgreSQL's binary COPY format for the columns of one table: numbers, dates and timestamps go as
 * the server stores them, so neither side formats or parses text. Writes only the column types and
 * Java values it knows, each stored exactly as the text format would store it; {@link #accepts}
 * says whether a batch of rows is all such values ({@link BulkTable} writes text otherwise).
 */
final class BinaryCopyFormat {

  /** The signature, flags and header extension length that open a binary COPY. */
  private static final byte[] HEADER = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };

  /** 2000-01-01, PostgreSQL's epoch for dates and timestamps. */
  private static final long EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

  private static final long EPOCH_SECOND = EPOCH_DAY * 86_400;

  /**
   * Per data source, per table and column list: the format, or none when a column's type is not
   * written here.
   */
  private static final Map<DataSource, Map<String, Optional<BinaryCopyFormat>>> KNOWN =
      new WeakHashMap<>();

  /** The column types written in binary, by PostgreSQL type name. */
  private enum Type {
    INT8,
    INT4,
    INT2,
    BOOL,
    FLOAT8,
    NUMERIC,
    TEXT,
    JSON,
    JSONB,
    DATE,
    TIMESTAMPTZ,
    TIMESTAMP;

    static Type of(String typname) {
      return switch (typname) {
        case "int8" -> INT8;
        case "int4" -> INT4;
        case "int2" -> INT2;
        case "bool" -> BOOL;
        case "float8" -> FLOAT8;
        case "numeric" -> NUMERIC;
        case "text", "varchar", "bpchar" -> TEXT;
        case "json" -> JSON;
        case "jsonb" -> JSONB;
        case "date" -> DATE;
        case "timestamptz" -> TIMESTAMPTZ;
        case "timestamp" -> TIMESTAMP;
        default -> null;
      };
    }
  }

  private final Type[] types;

  private BinaryCopyFormat(Type[] types) {
    this.types = types;
  }

  /**
   * The format for {@code columns} of {@code table}, looked up once per data source; empty if one
   * has another type.
   */
  static Optional<BinaryCopyFormat> of(
      DataSource dataSource, Connection c, String table, List<String> columns) throws SQLException {
    String key = table + columns;
    synchronized (KNOWN) {
      Optional<BinaryCopyFormat> known = KNOWN.getOrDefault(dataSource, Map.of()).get(key);
      if (known != null) {
        return known;
      }
    }
    Map<String, String> typeNames = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select a.attname, t.typname from pg_attribute a"
                + " join pg_type t on t.oid = a.atttypid where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          typeNames.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    Type[] types = new Type[columns.size()];
    Optional<BinaryCopyFormat> format = Optional.of(new BinaryCopyFormat(types));
    for (int i = 0; i < types.length; i++) {
      String typname = typeNames.get(columns.get(i));
      types[i] = typname == null ? null : Type.of(typname);
      if (types[i] == null) {
        format = Optional.empty();
      }
    }
    synchronized (KNOWN) {
      KNOWN.computeIfAbsent(dataSource, ds -> new HashMap<>()).put(key, format);
    }
    return format;
  }

  /** Whether every value of {@code rows} is one this format writes for its column. */
  boolean accepts(List<Object[]> rows) {
    for (Object[] row : rows) {
      for (int i = 0; i < types.length; i++) {
        if (row[i] != null && !accepts(types[i], row[i])) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean accepts(Type type, Object v) {
    return switch (type) {
      case INT8 -> v instanceof Long || v instanceof Integer || v instanceof Short;
      case INT4 ->
          v instanceof Integer || v instanceof Short || v instanceof Long l && l == (int) (long) l;
      case INT2 ->
          v instanceof Short
              || (v instanceof Integer || v instanceof Long)
                  && ((Number) v).longValue() == (short) ((Number) v).longValue();
      case BOOL -> v instanceof Boolean;
      // a Float's text is not the double it widens to: only doubles
      case FLOAT8 -> v instanceof Double;
      case NUMERIC -> v instanceof BigDecimal || v instanceof Long || v instanceof Integer;
      case TEXT, JSON, JSONB -> v instanceof String;
      case DATE -> v instanceof LocalDate || v instanceof java.sql.Date;
      case TIMESTAMPTZ ->
          v instanceof Timestamp || v instanceof Instant || v instanceof OffsetDateTime;
      case TIMESTAMP -> v instanceof Timestamp || v instanceof LocalDateTime;
    };
  }

  void header(CopyBytes out) {
    out.put(HEADER);
  }

  void trailer(CopyBytes out) {
    out.putShort(-1);
  }

  /** One row whose values {@link #accepts} took. */
  void row(CopyBytes out, Object[] row) {
    out.putShort(types.length);
    for (int i = 0; i < types.length; i++) {
      Object v = row[i];
      if (v == null) {
        out.putInt(-1);
        continue;
      }
      switch (types[i]) {
        case INT8 -> {
          out.putInt(8);
          out.putLong(((Number) v).longValue());
        }
        case INT4 -> {
          out.putInt(4);
          out.putInt(((Number) v).intValue());
        }
        case INT2 -> {
          out.putInt(2);
          out.putShort(((Number) v).intValue());
        }
        case BOOL -> {
          out.putInt(1);
          out.put((byte) ((Boolean) v ? 1 : 0));
        }
        case FLOAT8 -> {
          out.putInt(8);
          out.putLong(Double.doubleToLongBits((Double) v));
        }
        case NUMERIC -> {
          byte[] numeric =
              ByteConverter.numeric(
                  v instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) v).longValue()));
          out.putInt(numeric.length);
          out.put(numeric);
        }
        case TEXT, JSON -> out.putCountedUtf8((String) v, -1);
        // jsonb's binary form is a version byte, then the text
        case JSONB -> out.putCountedUtf8((String) v, 1);
        case DATE -> {
          LocalDate date = v instanceof LocalDate d ? d : ((java.sql.Date) v).toLocalDate();
          out.putInt(4);
          out.putInt(Math.toIntExact(date.toEpochDay() - EPOCH_DAY));
        }
        case TIMESTAMPTZ -> {
          Instant at =
              v instanceof Timestamp t
                  ? t.toInstant()
                  : v instanceof Instant in ? in : ((OffsetDateTime) v).toInstant();
          out.putInt(8);
          out.putLong(micros(at.getEpochSecond(), at.getNano()));
        }
        case TIMESTAMP -> {
          // the text format writes a Timestamp as its local date-time in the JVM's zone
          // (Timestamp.toString)
          LocalDateTime local = v instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) v;
          out.putInt(8);
          out.putLong(micros(local.toEpochSecond(ZoneOffset.UTC), local.getNano()));
        }
        default -> throw new IllegalStateException("no binary form for " + types[i]);
      }
    }
  }

  /**
   * Microseconds since 2000-01-01 00:00, rounded to the nearest as the server rounds a finer text
   * value.
   */
  private static long micros(long epochSecond, int nanos) {
    return Math.addExact(
        Math.multiplyExact(epochSecond - EPOCH_SECOND, 1_000_000L), (nanos + 500) / 1000);
  }
}
