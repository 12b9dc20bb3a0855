package dev.creditloop.app.bulk.persistence;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.ShardingKey;
import java.sql.Statement;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * A connection that can hold back a unit of work's inserts and updates and send them together just
 * before anything else reaches the database on it: the next statement of any kind, the commit, a
 * savepoint, an unwrap to the driver's own connection. On PostgreSQL they go as one multi-statement
 * query (each insert with all its rows in one {@code VALUES} list), one round trip for all of them;
 * elsewhere (H2, in the same process) one statement or batch each, in the order they came.
 *
 * <p>Holding back is off unless the unit of work turns it on ({@link
 * DeferredWrites#inThisUnitOfWork}), and it ends with the unit of work. What is held back is only
 * what no caller reads an answer from (no update count, no generated key), and nothing on this
 * connection can read around it: a query first sends what is held back. A failure to send it is
 * thrown where it was sent, as an {@link UncategorizedSQLException} (never a duplicate-key or other
 * specific exception a caller could mistake for its own), and the unit of work rolls back: all of
 * it or nothing, as before.
 */
final class DeferringConnection implements Connection {

  /** Parameters held back before they are sent anyway (PostgreSQL takes 65,535 per statement). */
  static final int MOST_PARAMETERS = 20_000;

  /**
   * One held-back write: {@code head} with {@code marks} once per row (an insert's {@code VALUES}
   * list) or, when {@code marks} is null, {@code head} alone with the one row of parameters (an
   * update). {@code table}: the table it writes, null when not known.
   */
  record Held(String head, String marks, List<Object[]> rows, String table) {

    boolean insert() {
      return marks != null;
    }
  }

  /** The table an update writes, read from its text. */
  private static final Pattern UPDATE =
      Pattern.compile("^\\s*update\\s+([a-z_][a-z0-9_.]*)\\s", Pattern.CASE_INSENSITIVE);

  /** An insert's text before its rows and its row of marks, made once per table and columns. */
  private record Insert(String head, String marks) {}

  private static final Map<List<String>, Insert> INSERTS = new ConcurrentHashMap<>();

  /**
   * The multi-statement text of each shape of held writes (which statements, how many rows each),
   * made once: the same text object each time, so that the driver finds its parsed and prepared
   * statement by an identical key without hashing and comparing a few kilobytes of SQL again.
   */
  private static final Map<List<Object>, String> TEXTS = new ConcurrentHashMap<>();

  /** Shapes kept at most (a drawdown has a handful: its outcome, its term's instalments). */
  private static final int MOST_TEXTS = 1_000;

  private final Connection target;
  private final boolean postgres;
  private final List<Held> held = new ArrayList<>();
  private int heldParameters;
  private boolean deferring;

  DeferringConnection(Connection target, boolean postgres) {
    this.target = target;
    this.postgres = postgres;
  }

  void deferFromNowOn() {
    deferring = true;
  }

  boolean defers() {
    return deferring;
  }

  /**
   * Holds back an insert of {@code rows} into {@code table}'s {@code columns}; rows into the same
   * table and columns as the write held just before join its {@code VALUES} list.
   */
  void insertLater(String table, List<String> columns, List<Object[]> rows) {
    List<String> key = new ArrayList<>(columns.size() + 1);
    key.add(table);
    key.addAll(columns);
    Insert insert =
        INSERTS.computeIfAbsent(
            key,
            k ->
                new Insert(
                    "insert into " + table + " (" + String.join(", ", columns) + ") values ",
                    "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")"));
    int perStatement = Math.max(1, MOST_PARAMETERS / columns.size());
    for (int from = 0; from < rows.size(); from += perStatement) {
      List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + perStatement));
      Held last = held.isEmpty() ? null : held.get(held.size() - 1);
      if (last != null
          && last.head() == insert.head()
          && last.rows().size() + part.size() <= perStatement) {
        last.rows().addAll(part);
        counted(columns.size() * part.size());
      } else {
        hold(
            new Held(insert.head(), insert.marks(), new ArrayList<>(part), table.toLowerCase()),
            columns.size() * part.size());
      }
    }
  }

  /** Holds back one statement with its parameters (an update whose count nobody reads). */
  void executeLater(String sql, Object... parameters) {
    Matcher update = UPDATE.matcher(sql);
    String table = update.find() ? update.group(1).toLowerCase() : null;
    hold(new Held(sql, null, List.<Object[]>of(parameters.clone()), table), parameters.length);
  }

  private void hold(Held h, int parameters) {
    held.add(h);
    counted(parameters);
  }

  /** Counts parameters newly held; past the bound, sends what is held. */
  private void counted(int parameters) {
    heldParameters += parameters;
    if (heldParameters > MOST_PARAMETERS) {
      send();
    }
  }

  /**
   * Whether the held writes can go as one statement, the later ones in a {@code WITH} list: a
   * statement's parts all see the database as it was before the statement, so each update must
   * write a table no other held write touches (an update of a row inserted in the same statement
   * would find nothing), and each table must be known. Inserts may share a table; foreign keys are
   * checked at the end of the statement, when every part's rows are there.
   */
  static boolean oneStatement(List<Held> work) {
    if (work.size() < 2 || work.stream().anyMatch(h -> h.table() == null)) {
      return false;
    }
    for (Held h : work) {
      if (!h.insert() && work.stream().filter(o -> o.table().equals(h.table())).count() > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The held writes' text, the same object for the same shape: on PostgreSQL one statement when
   * {@link #oneStatement} allows it ({@code with held_1 as (...), held_2 as (...) <last>}: one
   * statement for the server to run, and one parameter list for the driver), else one statement
   * after the other.
   */
  static String text(List<Held> work) {
    List<Object> shape = new ArrayList<>(work.size() * 2);
    for (Held h : work) {
      shape.add(h.head());
      shape.add(h.marks() == null ? 0 : h.rows().size());
    }
    String known = TEXTS.get(shape);
    if (known != null) {
      return known;
    }
    StringBuilder text = new StringBuilder();
    boolean one = oneStatement(work);
    for (int w = 0; w < work.size(); w++) {
      Held h = work.get(w);
      boolean last = w == work.size() - 1;
      if (one) {
        text.append(w == 0 ? "with " : "");
        if (!last) {
          text.append("held_").append(w + 1).append(" as (");
        }
      } else if (w > 0) {
        text.append(";\n");
      }
      text.append(h.head());
      if (h.marks() != null) {
        for (int i = 0; i < h.rows().size(); i++) {
          text.append(i == 0 ? "" : ", ").append(h.marks());
        }
      }
      if (one && !last) {
        text.append(w == work.size() - 2 ? ")\n" : "),\n");
      }
    }
    String made = text.toString();
    if (TEXTS.size() < MOST_TEXTS) {
      String raced = TEXTS.putIfAbsent(shape, made);
      return raced == null ? made : raced;
    }
    return made;
  }

  /** How many writes are held back (for tests). */
  int held() {
    return held.size();
  }

  /** Sends what is held back: one round trip on PostgreSQL. */
  void send() {
    if (held.isEmpty()) {
      return;
    }
    List<Held> work = List.copyOf(held);
    held.clear();
    heldParameters = 0;
    String sql = null;
    try {
      if (postgres) {
        sql = text(work);
        try (PreparedStatement ps = target.prepareStatement(sql)) {
          int at = 1;
          for (Held h : work) {
            for (Object[] row : h.rows()) {
              for (Object value : row) {
                ps.setObject(at++, value);
              }
            }
          }
          ps.execute();
        }
      } else {
        for (Held h : work) {
          sql = h.marks() == null ? h.head() : h.head() + h.marks();
          try (PreparedStatement ps = target.prepareStatement(sql)) {
            for (Object[] row : h.rows()) {
              for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
              }
              ps.addBatch();
            }
            ps.executeBatch();
          }
        }
      }
    } catch (SQLException e) {
      throw new UncategorizedSQLException("held-back writes", sql, e);
    }
  }

  private void forget() {
    held.clear();
    heldParameters = 0;
    deferring = false;
  }

  @Override
  public Statement createStatement() throws SQLException {
    send();
    return target.createStatement();
  }

  @Override
  public Statement createStatement(int a0, int a1) throws SQLException {
    send();
    return target.createStatement(a0, a1);
  }

  @Override
  public Statement createStatement(int a0, int a1, int a2) throws SQLException {
    send();
    return target.createStatement(a0, a1, a2);
  }

  @Override
  public PreparedStatement prepareStatement(String a0) throws SQLException {
    send();
    return target.prepareStatement(a0);
  }

  @Override
  public PreparedStatement prepareStatement(String a0, int a1, int a2) throws SQLException {
    send();
    return target.prepareStatement(a0, a1, a2);
  }

  @Override
  public PreparedStatement prepareStatement(String a0, int a1, int a2, int a3) throws SQLException {
    send();
    return target.prepareStatement(a0, a1, a2, a3);
  }

  @Override
  public PreparedStatement prepareStatement(String a0, int a1) throws SQLException {
    send();
    return target.prepareStatement(a0, a1);
  }

  @Override
  public PreparedStatement prepareStatement(String a0, int[] a1) throws SQLException {
    send();
    return target.prepareStatement(a0, a1);
  }

  @Override
  public PreparedStatement prepareStatement(String a0, String[] a1) throws SQLException {
    send();
    return target.prepareStatement(a0, a1);
  }

  @Override
  public CallableStatement prepareCall(String a0) throws SQLException {
    send();
    return target.prepareCall(a0);
  }

  @Override
  public CallableStatement prepareCall(String a0, int a1, int a2) throws SQLException {
    send();
    return target.prepareCall(a0, a1, a2);
  }

  @Override
  public CallableStatement prepareCall(String a0, int a1, int a2, int a3) throws SQLException {
    send();
    return target.prepareCall(a0, a1, a2, a3);
  }

  @Override
  public void commit() throws SQLException {
    send();
    deferring = false;
    target.commit();
  }

  @Override
  public void rollback() throws SQLException {
    forget();
    target.rollback();
  }

  @Override
  public void rollback(Savepoint a0) throws SQLException {
    // everything held back came after the savepoint: setting it sent what came before
    held.clear();
    heldParameters = 0;
    target.rollback(a0);
  }

  @Override
  public void close() throws SQLException {
    forget();
    target.close();
  }

  @Override
  public void setAutoCommit(boolean a0) throws SQLException {
    send();
    if (a0) {
      deferring = false;
    }
    target.setAutoCommit(a0);
  }

  @Override
  public Savepoint setSavepoint() throws SQLException {
    send();
    return target.setSavepoint();
  }

  @Override
  public Savepoint setSavepoint(String a0) throws SQLException {
    send();
    return target.setSavepoint(a0);
  }

  @Override
  public void releaseSavepoint(Savepoint a0) throws SQLException {
    send();
    target.releaseSavepoint(a0);
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    // the driver's own connection (COPY) goes around this one: send first
    send();
    return target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || target.isWrapperFor(type);
  }

  @Override
  public String nativeSQL(String a0) throws SQLException {
    return target.nativeSQL(a0);
  }

  @Override
  public boolean getAutoCommit() throws SQLException {
    return target.getAutoCommit();
  }

  @Override
  public boolean isClosed() throws SQLException {
    return target.isClosed();
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    return target.getMetaData();
  }

  @Override
  public void setReadOnly(boolean a0) throws SQLException {
    target.setReadOnly(a0);
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    return target.isReadOnly();
  }

  @Override
  public void setCatalog(String a0) throws SQLException {
    target.setCatalog(a0);
  }

  @Override
  public String getCatalog() throws SQLException {
    return target.getCatalog();
  }

  @Override
  public void setTransactionIsolation(int a0) throws SQLException {
    target.setTransactionIsolation(a0);
  }

  @Override
  public int getTransactionIsolation() throws SQLException {
    return target.getTransactionIsolation();
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    return target.getWarnings();
  }

  @Override
  public void clearWarnings() throws SQLException {
    target.clearWarnings();
  }

  @Override
  public Map<String, Class<?>> getTypeMap() throws SQLException {
    return target.getTypeMap();
  }

  @Override
  public void setTypeMap(Map<String, Class<?>> a0) throws SQLException {
    target.setTypeMap(a0);
  }

  @Override
  public void setHoldability(int a0) throws SQLException {
    target.setHoldability(a0);
  }

  @Override
  public int getHoldability() throws SQLException {
    return target.getHoldability();
  }

  @Override
  public Clob createClob() throws SQLException {
    return target.createClob();
  }

  @Override
  public Blob createBlob() throws SQLException {
    return target.createBlob();
  }

  @Override
  public NClob createNClob() throws SQLException {
    return target.createNClob();
  }

  @Override
  public SQLXML createSQLXML() throws SQLException {
    return target.createSQLXML();
  }

  @Override
  public boolean isValid(int a0) throws SQLException {
    return target.isValid(a0);
  }

  @Override
  public void setClientInfo(String a0, String a1) throws SQLClientInfoException {
    target.setClientInfo(a0, a1);
  }

  @Override
  public void setClientInfo(Properties a0) throws SQLClientInfoException {
    target.setClientInfo(a0);
  }

  @Override
  public String getClientInfo(String a0) throws SQLException {
    return target.getClientInfo(a0);
  }

  @Override
  public Properties getClientInfo() throws SQLException {
    return target.getClientInfo();
  }

  @Override
  public Array createArrayOf(String a0, Object[] a1) throws SQLException {
    return target.createArrayOf(a0, a1);
  }

  @Override
  public Struct createStruct(String a0, Object[] a1) throws SQLException {
    return target.createStruct(a0, a1);
  }

  @Override
  public void setSchema(String a0) throws SQLException {
    target.setSchema(a0);
  }

  @Override
  public String getSchema() throws SQLException {
    return target.getSchema();
  }

  @Override
  public void abort(Executor a0) throws SQLException {
    target.abort(a0);
  }

  @Override
  public void setNetworkTimeout(Executor a0, int a1) throws SQLException {
    target.setNetworkTimeout(a0, a1);
  }

  @Override
  public int getNetworkTimeout() throws SQLException {
    return target.getNetworkTimeout();
  }

  @Override
  public void beginRequest() throws SQLException {
    target.beginRequest();
  }

  @Override
  public void endRequest() throws SQLException {
    target.endRequest();
  }

  @Override
  public boolean setShardingKeyIfValid(ShardingKey a0, ShardingKey a1, int a2) throws SQLException {
    return target.setShardingKeyIfValid(a0, a1, a2);
  }

  @Override
  public boolean setShardingKeyIfValid(ShardingKey a0, int a1) throws SQLException {
    return target.setShardingKeyIfValid(a0, a1);
  }

  @Override
  public void setShardingKey(ShardingKey a0, ShardingKey a1) throws SQLException {
    target.setShardingKey(a0, a1);
  }

  @Override
  public void setShardingKey(ShardingKey a0) throws SQLException {
    target.setShardingKey(a0);
  }
}
