package dev.creditloop.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.app.ApiIT;
import dev.creditloop.kernel.Money;
import dev.creditloop.simulator.RealismSummary;
import dev.creditloop.simulator.SimulationConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A small simulation written into the database through the runner, then read back over the API. The
 * simulator needs an empty database, so this class has one of its own, not the one the other
 * integration tests share.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulateIT extends ApiIT {

  private static final String PG_URL = System.getenv("CREDITLOOP_IT_DB_URL");
  private static final String NAME =
      "sim_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  private static final SimulationConfig CONFIG = SimulationConfig.of(300, 3, 618L);

  /**
   * ApiIT registers the shared database under the standard keys, and its registrations win; the
   * pool's own URL key is bound onto the pool after them, so it takes this class to an H2 database
   * of its own. On PostgreSQL (CI) Flyway would still migrate ApiIT's schema ({@code
   * spring.flyway.schemas}), so there the class shares ApiIT's schema and must run before any test
   * that draws loans; ApiIT needs a hook for a schema of a subclass's own to lift that.
   */
  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    if (PG_URL == null || PG_URL.isBlank()) {
      registry.add(
          "spring.datasource.hikari.jdbc-url",
          () ->
              "jdbc:h2:mem:"
                  + NAME
                  + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
      return;
    }
    // PostgreSQL: a database of its own (the shared schema's name inside it), dropped when the JVM
    // ends.
    String url = PG_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + NAME + "$1");
    execute("create database " + NAME);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> execute("drop database if exists " + NAME + " with (force)")));
    String own = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + sharedName();
    registry.add("spring.datasource.hikari.jdbc-url", () -> own);
    registry.add("spring.flyway.url", () -> own);
  }

  private static void execute(String sql) {
    try (var c = java.sql.DriverManager.getConnection(PG_URL);
        var st = c.createStatement()) {
      st.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Autowired SimulationRunner runner;

  @Autowired JdbcClient jdbc;

  private RealismSummary summary;
  private String output;

  @BeforeAll
  void simulate() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    summary = runner.run(CONFIG, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runsInADatabaseOfItsOwn() {
    String current =
        PG_URL == null || PG_URL.isBlank() ? "select database()" : "select current_database()";
    assertThat(jdbc.sql(current).query(String.class).single()).containsIgnoringCase(NAME);
  }

  @Test
  void printsOneLinePerMonthAndTheSummary() {
    assertThat(output.lines().filter(l -> l.startsWith("simulate: month"))).hasSize(3);
    assertThat(output).contains("Roll rates").contains("Vintages").contains("Night (02:00-05:00)");
  }

  @Test
  void loansOfTheApiAreTheSimulatedBook() {
    java.util.List<JsonNode> loans = getAll("/api/v1/loans");
    assertThat(summary.loans()).isBetween(100L, 999L);
    assertThat(loans.size()).isEqualTo((int) summary.loans());
    long outstanding = 0;
    int overdue = 0;
    for (JsonNode loan : loans) {
      outstanding += Money.of(loan.get("outstandingPrincipal").asString()).minor();
      overdue += loan.get("status").asString().equals("OVERDUE") ? 1 : 0;
    }
    assertThat(overdue).isPositive();

    JsonNode tb = get("/api/v1/journal/trial-balance").body();
    assertThat(tb.get("balanced").asBoolean()).as(tb.toString()).isTrue();
    long receivable = 0;
    for (JsonNode row : tb.get("accounts")) {
      if (row.get("account").asString().equals("LOANS_RECEIVABLE")) {
        receivable = Money.of(row.get("balance").asString()).minor();
      }
    }
    assertThat(receivable).isEqualTo(outstanding);
  }

  @Test
  void theBusinessDateIsTheDayAfterTheLastSimulatedDayAndTheBookClosesOn() {
    LocalDate next = CONFIG.lastDay().plusDays(1);
    assertThat(get("/api/v1/business-date").body().get("businessDate").asString())
        .isEqualTo(next.toString());

    Response closed =
        post("/api/v1/business-date/close", java.util.Map.of("until", next.toString()));
    assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
    assertThat(get("/api/v1/journal/trial-balance").body().get("balanced").asBoolean()).isTrue();
  }

  @Test
  void groundTruthIsStoredForEveryCustomer() {
    assertThat(jdbc.sql("select count(*) from sim_customer_truth").query(Long.class).single())
        .isEqualTo(300L);
    assertThat(
            jdbc.sql("select count(*) from sim_customer_truth where defaulted_on is not null")
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(jdbc.sql("select count(*) from behaviour_event").query(Long.class).single())
        .isEqualTo(summary.behaviourEvents());
  }

  @Test
  void theGroundTruthTablesComeFromTheSimulationsOwnMigrations() {
    assertThat(
            jdbc.sql(
                    "select count(*) from "
                        + GroundTruthSchema.HISTORY_TABLE
                        + " where version = '1' and success = true")
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void keysAndForeignKeysAreBackAfterTheLoad() {
    // the load lifts them (BulkLoadWindow); afterwards the tables refuse what they refused before
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into repayment (loan_id, amount_minor, paid_on, settled, allocation,"
                            + " created_at) values (999999999, 1, date '2025-06-01', false, '[]', current_timestamp)")
                    .update())
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    long someLoan = jdbc.sql("select min(id) from loan").query(Long.class).single();
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into installment (loan_id, number, due_on, principal_due_minor,"
                            + " interest_due_minor, fee_due_minor, penalty_due_minor, principal_paid_minor, interest_paid_minor,"
                            + " fee_paid_minor, penalty_paid_minor, interest_waived_minor, fee_waived_minor, status)"
                            + " values (?, 1, date '2025-06-01', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'PAID')")
                    .param(someLoan)
                    .update())
        .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
  }

  @Test
  void refusesADatabaseThatHoldsLoans() {
    assertThatThrownBy(
            () ->
                runner.run(
                    CONFIG,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isInstanceOf(SimulationRunner.NotEmpty.class)
        .hasMessageContaining("already holds")
        .hasMessageContaining("loans");
  }

  @Test
  void newLoansAndCustomersTakeIdsAfterTheSimulatedOnes() {
    Response r =
        post(
            "/api/v1/customers",
            java.util.Map.of(
                "name", "After", "idNumber", "110101199001019999", "phone", "13900009999"));
    assertThat(r.status()).as(r.raw()).isEqualTo(201);
    assertThat(r.body().get("id").asLong()).isEqualTo(301L);
  }
}
