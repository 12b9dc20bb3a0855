package dev.creditloop.tools.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lifts a set of tables' constraints for a bulk load into them, and puts them back afterwards,
 * checked against the rows loaded. On PostgreSQL it drops the tables' indexes, primary and unique
 * keys and every foreign key from or to them, keeping each definition as the catalogue gives it,
 * and recreates them in {@link #restore()}: building an index once from all the rows is much
 * cheaper than keeping it up to date row by row, and without the foreign keys rows may arrive in
 * any order. On other databases (H2) it only turns the tables' referential integrity off and back
 * on with a check.
 *
 * <p>Meant for loading an empty book: while the window is open the tables have no keys, and a load
 * that fails halfway leaves them so (drop the database).
 */
public final class BulkLoadWindow {

  private final JdbcClient jdbc;
  private final List<String> tables;
  private final boolean postgres;

  /**
   * Keys and indexes dropped, as statements recreating them; then the foreign keys, which need the
   * keys.
   */
  private final List<Rebuild> keys = new ArrayList<>();

  private final List<Rebuild> indexes = new ArrayList<>();
  private final List<Rebuild> foreignKeys = new ArrayList<>();

  /** A statement putting back something dropped from {@code table}. */
  private record Rebuild(String table, String sql) {}

  private BulkLoadWindow(JdbcClient jdbc, List<String> tables, boolean postgres) {
    this.jdbc = jdbc;
    this.tables = List.copyOf(tables);
    this.postgres = postgres;
  }

  /** Opens the window on {@code tables} (plain names, in the connection's schema). */
  /**
   * Whether {@code dataSource} is PostgreSQL (the window lifts keys there; on H2 it switches checks
   * off).
   */
  public static boolean isPostgres(javax.sql.DataSource dataSource) {
    try (java.sql.Connection c = dataSource.getConnection()) {
      return c.getMetaData()
          .getDatabaseProductName()
          .toLowerCase(java.util.Locale.ROOT)
          .contains("postgres");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot tell which database this is", e);
    }
  }

  public static BulkLoadWindow open(JdbcClient jdbc, List<String> tables, boolean postgres) {
    BulkLoadWindow window = new BulkLoadWindow(jdbc, tables, postgres);
    if (postgres) {
      window.dropAll();
    } else {
      for (String t : tables) {
        jdbc.sql("alter table " + t + " set referential_integrity false").update();
      }
    }
    return window;
  }

  public int indexes() {
    return indexes.size() + keys.size();
  }

  public int foreignKeys() {
    return foreignKeys.size();
  }

  /**
   * Recreates what {@link #open} dropped, in one transaction on PostgreSQL; fails if a row breaks a
   * key. Tells {@code progress} of each statement that took a second or more.
   */
  public void restore(Consumer<String> progress) {
    if (!postgres) {
      for (String t : tables) {
        jdbc.sql("alter table " + t + " set referential_integrity true check").update();
      }
      return;
    }
    // sorting for an index build and checking a foreign key both go faster with memory to work in
    jdbc.sql("set local maintenance_work_mem = '1GB'").update();
    jdbc.sql("set local work_mem = '512MB'").update();
    List<Rebuild> all = new ArrayList<>(keys);
    all.addAll(indexes);
    all.addAll(foreignKeys);
    for (Rebuild r : all) {
      long start = System.nanoTime();
      jdbc.sql(r.sql()).update();
      report(r, start, progress);
    }
  }

  /**
   * As {@link #restore(Consumer)}, but on PostgreSQL on {@code threads} connections of their own at
   * once, each statement committing by itself: the keys and indexes, biggest table first, then the
   * foreign keys (which need the keys). Meant for after a load, when nothing else uses the tables;
   * a failure is thrown after the statements running have ended, with the others not started.
   */
  public void restoreInParallel(DataSource dataSource, int threads, Consumer<String> progress) {
    if (!postgres || threads < 2) {
      new TransactionTemplate(new DataSourceTransactionManager(dataSource))
          .executeWithoutResult(status -> restore(progress));
      return;
    }
    Map<String, Long> sizes = new HashMap<>();
    for (String t : tables) {
      sizes.put(
          t, jdbc.sql("select pg_relation_size(?::regclass)").param(t).query(Long.class).single());
    }
    List<Rebuild> first = new ArrayList<>(keys);
    first.addAll(indexes);
    first.sort(Comparator.comparing((Rebuild r) -> sizes.getOrDefault(r.table(), 0L)).reversed());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "bulk-restore");
              t.setDaemon(true);
              return t;
            });
    try {
      runAll(pool, dataSource, first, progress);
      runAll(pool, dataSource, foreignKeys, progress);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void runAll(
      ExecutorService pool, DataSource dataSource, List<Rebuild> work, Consumer<String> progress) {
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    List<Future<?>> running = new ArrayList<>();
    for (Rebuild r : work) {
      running.add(
          pool.submit(
              () -> {
                if (failure.get() == null) {
                  try {
                    runAlone(dataSource, r, progress);
                  } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                  }
                }
              }));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while rebuilding keys and indexes", e);
      } catch (ExecutionException e) {
        failure.compareAndSet(null, new IllegalStateException(e.getCause()));
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  /** One statement on a connection of its own, committing by itself, with memory to sort in. */
  private static void runAlone(DataSource dataSource, Rebuild r, Consumer<String> progress) {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      c.setAutoCommit(true);
      st.execute("set maintenance_work_mem = '1GB'");
      st.execute("set work_mem = '512MB'");
      long start = System.nanoTime();
      st.execute(r.sql());
      report(r, start, progress);
      st.execute("reset maintenance_work_mem");
      st.execute("reset work_mem");
    } catch (SQLException e) {
      throw new IllegalStateException("rebuilding failed: " + r.sql() + ": " + e.getMessage(), e);
    }
  }

  /** Tells {@code progress} of a statement that took a second or more. */
  private static void report(Rebuild r, long startNanos, Consumer<String> progress) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    if (seconds >= 1) {
      progress.accept(String.format("%,.1f s: %s", seconds, r.sql()));
    }
  }

  private void dropAll() {
    String in =
        tables.stream()
            .map(t -> "'" + t + "'::regclass")
            .collect(Collectors.joining(", ", "(", ")"));
    List<String[]> fks =
        jdbc.sql(
                "select conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)"
                    + " from pg_constraint where contype = 'f' and (conrelid in "
                    + in
                    + " or confrelid in "
                    + in
                    + ")"
                    + " order by conrelid::regclass::text, conname")
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .list();
    List<String[]> uniques =
        jdbc.sql(
                "select conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)"
                    + " from pg_constraint where contype in ('p', 'u') and conrelid in "
                    + in
                    + " order by conrelid::regclass::text, conname")
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .list();
    List<String[]> plain =
        jdbc.sql(
                "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid),"
                    + " i.indrelid::regclass::text from pg_index i"
                    + " where i.indrelid in "
                    + in
                    + " and not exists (select 1 from pg_constraint c"
                    + " where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x')) order by 1")
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .list();
    for (String[] fk : fks) {
      foreignKeys.add(
          new Rebuild(fk[0], "alter table " + fk[0] + " add constraint " + fk[1] + " " + fk[2]));
      jdbc.sql("alter table " + fk[0] + " drop constraint " + fk[1]).update();
    }
    for (String[] key : uniques) {
      keys.add(
          new Rebuild(
              key[0], "alter table " + key[0] + " add constraint " + key[1] + " " + key[2]));
      jdbc.sql("alter table " + key[0] + " drop constraint " + key[1]).update();
    }
    for (String[] index : plain) {
      indexes.add(new Rebuild(index[2], index[1]));
      jdbc.sql("drop index " + index[0]).update();
    }
  }
}
