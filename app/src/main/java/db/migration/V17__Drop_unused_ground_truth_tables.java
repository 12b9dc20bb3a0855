package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's ground-truth tables ({@code sim_run}, {@code sim_customer_truth}) leave the
 * production schema: the toolbox's simulate command creates them now, from a Flyway location of its
 * own ({@code db/simulation}). V3 created them everywhere and, applied, cannot change; so this
 * migration drops them where they are empty (every new database, every server that never held a
 * simulated book) and keeps them, with a warning, where they hold a simulated book's ground truth:
 * that is data nobody can recreate but by simulating again. Java, not SQL, because the choice
 * depends on the rows and must work on H2 and PostgreSQL alike.
 */
public class V17__Drop_unused_ground_truth_tables extends BaseJavaMigration {

  private static final Logger log =
      LoggerFactory.getLogger(V17__Drop_unused_ground_truth_tables.class);

  /** Child first: the truth rows reference customers, the run stands alone. */
  static final List<String> TABLES = List.of("sim_customer_truth", "sim_run");

  @Override
  public void migrate(Context context) throws SQLException {
    dropIfUnused(context.getConnection());
  }

  /** Drops the tables when none holds a row; returns whether they are gone. */
  static boolean dropIfUnused(Connection connection) throws SQLException {
    long rows = 0;
    for (String table : TABLES) {
      if (exists(connection, table)) {
        rows += count(connection, table);
      }
    }
    if (rows > 0) {
      log.warn(
          "kept {}: they hold a simulated book's ground truth ({} rows); drop them by hand once it"
              + " is no longer needed (docs/architecture.md, 'Simulation tables')",
          TABLES,
          rows);
      return false;
    }
    try (Statement st = connection.createStatement()) {
      for (String table : TABLES) {
        st.execute("drop table if exists " + table);
      }
    }
    return true;
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    try (var tables =
        connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
      return tables.next();
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement st = connection.createStatement();
        var rs = st.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
