package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V17 drops the simulator's ground-truth tables where V3 left them empty and keeps them where they
 * hold a simulated book's truth.
 */
class DropUnusedGroundTruthTablesTest {

  private Connection connection;

  @BeforeEach
  void tablesAsV3LeftThem() throws SQLException {
    connection =
        DriverManager.getConnection(
            "jdbc:h2:mem:v17_"
                + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    execute("create table customer (id bigint primary key)");
    execute("create table sim_run (id int primary key, seed bigint not null)");
    execute(
        "create table sim_customer_truth (customer_id bigint primary key references customer (id),"
            + " is_fraud boolean not null)");
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void emptyTablesAreDropped() throws SQLException {
    assertThat(V17__Drop_unused_ground_truth_tables.dropIfUnused(connection)).isTrue();
    assertThat(exists("sim_run")).isFalse();
    assertThat(exists("sim_customer_truth")).isFalse();
    assertThat(exists("customer")).isTrue();
  }

  @Test
  void tablesHoldingASimulatedBooksTruthAreKept() throws SQLException {
    execute("insert into customer (id) values (1)");
    execute("insert into sim_customer_truth (customer_id, is_fraud) values (1, false)");
    assertThat(V17__Drop_unused_ground_truth_tables.dropIfUnused(connection)).isFalse();
    assertThat(exists("sim_run")).isTrue();
    assertThat(exists("sim_customer_truth")).isTrue();
  }

  @Test
  void tablesAlreadyGoneAreNoError() throws SQLException {
    execute("drop table sim_customer_truth");
    execute("drop table sim_run");
    assertThat(V17__Drop_unused_ground_truth_tables.dropIfUnused(connection)).isTrue();
  }

  private boolean exists(String table) throws SQLException {
    try (var rs = connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
      return rs.next();
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    }
  }
}
