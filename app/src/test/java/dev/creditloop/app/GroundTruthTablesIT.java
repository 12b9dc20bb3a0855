package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server's migrations leave no simulator ground truth in its database: V3's tables are dropped
 * by V17 where empty, and only the toolbox's simulate command creates them (db/simulation).
 */
class GroundTruthTablesIT extends ApiIT {

  @Autowired JdbcClient jdbc;

  @Test
  void aServersDatabaseHasNoGroundTruthTables() {
    long tables =
        jdbc.sql(
                "select count(*) from information_schema.tables"
                    + " where lower(table_name) in ('sim_run', 'sim_customer_truth')"
                    + " and lower(table_schema) = lower(current_schema())")
            .query(Long.class)
            .single();
    assertThat(tables).isZero();
    long v17 =
        jdbc.sql(
                "select count(*) from flyway_schema_history where version = '17' and success = true")
            .query(Long.class)
            .single();
    assertThat(v17).isEqualTo(1L);
  }
}
