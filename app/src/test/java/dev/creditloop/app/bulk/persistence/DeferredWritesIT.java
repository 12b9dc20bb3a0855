package dev.creditloop.app.bulk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes held back to the end of a unit of work ({@link DeferredWrites}): on H2, and on PostgreSQL
 * with {@code CREDITLOOP_IT_DB_URL} set (CI), where they go as one multi-statement query. They
 * reach the database with their values intact, in order (a child after its parent), before any read
 * of the unit of work and at its commit; a rollback sends nothing; a held write that fails fails
 * the whole unit of work with a general exception, never one a caller would take for its own.
 */
class DeferredWritesIT {

  private static final String PG_URL = System.getenv("CREDITLOOP_IT_DB_URL");
  private static final String SUFFIX =
      UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private static final String PARENT = "dw_parent_" + SUFFIX;
  private static final String CHILD = "dw_child_" + SUFFIX;
  private static final String TALLY = "dw_tally_" + SUFFIX;
  private static final List<String> PARENT_COLUMNS =
      List.of("id", "name", "amount", "posted_on", "stamped_at", "note");
  private static final List<String> CHILD_COLUMNS = List.of("parent_id", "n", "minor");

  /** The driver's connections, around the wrapper and outside its transactions. */
  private static DataSource target;

  private static DataSource source;
  private static JdbcTemplate jdbc;
  private static TransactionTemplate tx;

  @BeforeAll
  static void tables() {
    boolean pg = PG_URL != null && !PG_URL.isBlank();
    target =
        pg
            ? new DriverManagerDataSource(PG_URL)
            : new DriverManagerDataSource(
                "jdbc:h2:mem:dw_" + SUFFIX + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
    source = new DeferredWrites.Source(target);
    jdbc = new JdbcTemplate(source);
    tx = new TransactionTemplate(new DataSourceTransactionManager(source));
    jdbc.execute(
        "create table "
            + PARENT
            + " (id bigint primary key, name varchar(32) not null, amount numeric(12, 2),"
            + " posted_on date, stamped_at timestamp with time zone, note text)");
    jdbc.execute(
        "create table "
            + CHILD
            + " (parent_id bigint not null references "
            + PARENT
            + " (id), n int not null, minor bigint not null, primary key (parent_id, n))");
    jdbc.execute("create table " + TALLY + " (id bigint primary key, n bigint not null)");
  }

  @AfterAll
  static void drop() {
    if (jdbc != null) {
      jdbc.execute("drop table if exists " + TALLY);
      jdbc.execute("drop table if exists " + CHILD);
      jdbc.execute("drop table if exists " + PARENT);
    }
  }

  @BeforeEach
  void empty() {
    jdbc.update("delete from " + CHILD);
    jdbc.update("delete from " + PARENT);
    jdbc.update("delete from " + TALLY);
    jdbc.update("insert into " + TALLY + " (id, n) values (1, 0)");
  }

  private static Object[] parent(long id, String name) {
    return new Object[] {
      id,
      name,
      new BigDecimal("945.60"),
      LocalDate.of(2026, 12, 6),
      Timestamp.from(Instant.parse("2026-12-06T11:00:00Z")),
      null
    };
  }

  /**
   * What {@link BulkTable}'s small batch does: holds the insert back when the unit of work holds
   * its writes back and says so; false (nothing done) otherwise.
   */
  private static boolean insertLater(String table, List<String> columns, List<Object[]> rows) {
    if (!org.springframework.transaction.support.TransactionSynchronizationManager
        .isActualTransactionActive()) {
      return false;
    }
    Connection c = DataSourceUtils.getConnection(source);
    if (c instanceof DeferringConnection d && d.defers()) {
      d.insertLater(table, columns, rows);
      return true;
    }
    return false;
  }

  private static int held() {
    Connection c = DataSourceUtils.getConnection(source);
    return ((DeferringConnection) c).held();
  }

  private static long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  @Test
  void heldWritesReachTheDatabaseInOrderAtCommitWithTheirValues() {
    tx.executeWithoutResult(
        s -> {
          DeferredWrites.inThisUnitOfWork(source);
          assertThat(insertLater(PARENT, PARENT_COLUMNS, List.of(parent(1, "a"), parent(2, "b"))))
              .isTrue();
          assertThat(
                  insertLater(
                      CHILD,
                      CHILD_COLUMNS,
                      List.of(
                          new Object[] {1L, 1, 100L},
                          new Object[] {1L, 2, 200L},
                          new Object[] {2L, 1, 300L})))
              .isTrue();
          assertThat(
                  DeferredWrites.executeLater(
                      source, "update " + PARENT + " set note = ? where id = ?", "seen", 2L))
              .isTrue();
          assertThat(held()).isEqualTo(3);
        });
    assertThat(count(PARENT)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select sum(minor) from " + CHILD, Long.class)).isEqualTo(600);
    Map<String, Object> b = jdbc.queryForMap("select * from " + PARENT + " where id = 2");
    assertThat(b.get("name")).isEqualTo("b");
    assertThat((BigDecimal) b.get("amount")).isEqualByComparingTo("945.60");
    assertThat(b.get("posted_on").toString()).isEqualTo("2026-12-06");
    assertThat(b.get("note")).isEqualTo("seen");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from " + PARENT + " where note is null and stamped_at = ?",
                Long.class,
                Timestamp.from(Instant.parse("2026-12-06T11:00:00Z"))))
        .isEqualTo(1);
  }

  @Test
  void aReadInTheUnitOfWorkSeesWhatWasHeldBackAndAnotherConnectionNothingBeforeTheCommit() {
    tx.executeWithoutResult(
        s -> {
          DeferredWrites.inThisUnitOfWork(source);
          insertLater(PARENT, PARENT_COLUMNS, List.<Object[]>of(parent(7, "x")));
          assertThat(held()).isEqualTo(1);
          // another connection, outside this unit of work: nothing was sent yet
          assertThat(
                  new JdbcTemplate(target)
                      .queryForObject("select count(*) from " + PARENT, Long.class))
              .isZero();
          // this unit of work's own read: sent first, then read
          assertThat(count(PARENT)).isEqualTo(1);
          assertThat(held()).isZero();
        });
    assertThat(count(PARENT)).isEqualTo(1);
  }

  @Test
  void aRolledBackUnitOfWorkSendsNothing() {
    tx.executeWithoutResult(
        s -> {
          DeferredWrites.inThisUnitOfWork(source);
          jdbc.update("insert into " + PARENT + " (id, name) values (1, 'sent at once')");
          insertLater(PARENT, PARENT_COLUMNS, List.<Object[]>of(parent(2, "held")));
          s.setRollbackOnly();
        });
    assertThat(count(PARENT)).isZero();
  }

  @Test
  void aHeldWriteThatFailsFailsTheWholeUnitOfWorkWithAGeneralException() {
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      DeferredWrites.inThisUnitOfWork(source);
                      jdbc.update("insert into " + PARENT + " (id, name) values (1, 'sent')");
                      // a child of a parent that does not exist, and a second row with the first's
                      // key
                      insertLater(
                          CHILD, CHILD_COLUMNS, List.<Object[]>of(new Object[] {99L, 1, 1L}));
                      insertLater(PARENT, PARENT_COLUMNS, List.<Object[]>of(parent(1, "again")));
                    }))
        .isInstanceOf(UncategorizedSQLException.class)
        .isNotInstanceOf(DataIntegrityViolationException.class);
    assertThat(count(PARENT)).isZero();
    assertThat(count(CHILD)).isZero();
  }

  /**
   * A drawdown's shape: parents, their children and an update of another table. On PostgreSQL they
   * go as one statement (its parts in a {@code WITH} list), whose foreign keys are checked at its
   * end, when the parents are there.
   */
  @Test
  void parentsChildrenAndAnUpdateOfAnotherTableCommitTogether() {
    tx.executeWithoutResult(
        s -> {
          DeferredWrites.inThisUnitOfWork(source);
          insertLater(PARENT, PARENT_COLUMNS, List.of(parent(1, "a"), parent(2, "b")));
          insertLater(
              CHILD,
              CHILD_COLUMNS,
              List.of(new Object[] {1L, 1, 100L}, new Object[] {2L, 1, 300L}));
          DeferredWrites.executeLater(
              source, "update " + TALLY + " set n = n + ? where id = ?", 3L, 1L);
          insertLater(CHILD, CHILD_COLUMNS, List.<Object[]>of(new Object[] {1L, 2, 200L}));
          assertThat(held()).isEqualTo(4);
        });
    assertThat(count(PARENT)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select sum(minor) from " + CHILD, Long.class)).isEqualTo(600);
    assertThat(jdbc.queryForObject("select n from " + TALLY + " where id = 1", Long.class))
        .isEqualTo(3);
  }

  @Test
  void aChildWithoutItsParentFailsTheStatementAndTheUnitOfWork() {
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      DeferredWrites.inThisUnitOfWork(source);
                      insertLater(PARENT, PARENT_COLUMNS, List.<Object[]>of(parent(1, "a")));
                      insertLater(
                          CHILD, CHILD_COLUMNS, List.<Object[]>of(new Object[] {98L, 1, 1L}));
                      DeferredWrites.executeLater(
                          source, "update " + TALLY + " set n = n + ? where id = ?", 3L, 1L);
                    }))
        .isInstanceOf(UncategorizedSQLException.class);
    assertThat(count(PARENT)).isZero();
    assertThat(count(CHILD)).isZero();
    assertThat(jdbc.queryForObject("select n from " + TALLY + " where id = 1", Long.class))
        .isZero();
  }

  @Test
  void nothingIsHeldBackOutsideAUnitOfWorkThatAskedForIt() {
    assertThat(insertLater(PARENT, PARENT_COLUMNS, List.<Object[]>of(parent(1, "a")))).isFalse();
    tx.executeWithoutResult(
        s ->
            assertThat(
                    DeferredWrites.executeLater(
                        source, "update " + PARENT + " set note = ? where id = ?", "x", 1L))
                .isFalse());
    // a later unit of work on a connection that held writes back before does not hold back
    tx.executeWithoutResult(s -> DeferredWrites.inThisUnitOfWork(source));
    tx.executeWithoutResult(
        s ->
            assertThat(insertLater(PARENT, PARENT_COLUMNS, List.<Object[]>of(parent(1, "a"))))
                .isFalse());
    assertThat(count(PARENT)).isZero();
  }

  @Test
  void manyHeldRowsAreSentBeforeTheStatementWouldGrowPastItsParameters() {
    tx.executeWithoutResult(
        s -> {
          DeferredWrites.inThisUnitOfWork(source);
          List<Object[]> rows = new ArrayList<>();
          for (long i = 1; i <= 4_000; i++) {
            rows.add(parent(i, "p" + i));
          }
          // 4,000 rows of 6 parameters: over the bound, so sent at once
          insertLater(PARENT, PARENT_COLUMNS, rows);
          assertThat(held()).isZero();
          insertLater(CHILD, CHILD_COLUMNS, List.<Object[]>of(new Object[] {4_000L, 1, 5L}));
          assertThat(held()).isEqualTo(1);
        });
    assertThat(count(PARENT)).isEqualTo(4_000);
    assertThat(count(CHILD)).isEqualTo(1);
  }
}
