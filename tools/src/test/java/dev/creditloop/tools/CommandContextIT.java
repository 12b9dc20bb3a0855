package dev.creditloop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The toolbox's command context (simulate, score, backtest, bench) starts without a web server:
 * nothing a command needs may depend on web-only beans.
 */
class CommandContextIT {

  @Test
  void theCommandContextStartsWithoutAWebServer() {
    try (var context =
        Toolbox.commandContext(
            List.of(
                "--spring.datasource.url=jdbc:h2:mem:command_it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"))) {
      long products =
          context
              .getBean(JdbcClient.class)
              .sql("select count(*) from product")
              .query(Long.class)
              .single();
      assertThat(products).isZero();
      assertThat(context.getBean(dev.creditloop.tools.bench.DecisionBookSetup.class)).isNotNull();
    }
  }
}
