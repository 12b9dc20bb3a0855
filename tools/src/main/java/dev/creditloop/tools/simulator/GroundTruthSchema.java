package dev.creditloop.tools.simulator;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The ground-truth tables ({@code sim_run}, {@code sim_customer_truth}), created by Flyway from
 * {@code db/simulation} with a history table of their own, before a simulated book is written. The
 * server's migrations do not create them: a production database never holds ground truth.
 */
@Component
class GroundTruthSchema {

  static final String LOCATION = "classpath:db/simulation";
  static final String HISTORY_TABLE = "flyway_simulation_history";

  private final DataSource dataSource;
  private final Environment environment;

  GroundTruthSchema(DataSource dataSource, Environment environment) {
    this.dataSource = dataSource;
    this.environment = environment;
  }

  /** Creates the tables unless there; the server's schema must be migrated already. */
  void migrate() {
    FluentConfiguration config =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(LOCATION)
            .table(HISTORY_TABLE)
            // the schema holds the server's tables already: start this history beside them
            .baselineOnMigrate(true)
            .baselineVersion("0");
    // the schema the server's Flyway migrates, when told (CI's schema per test run)
    String schema = environment.getProperty("spring.flyway.default-schema");
    if (schema != null && !schema.isBlank()) {
      config.defaultSchema(schema).schemas(schema);
    }
    config.load().migrate();
  }
}
