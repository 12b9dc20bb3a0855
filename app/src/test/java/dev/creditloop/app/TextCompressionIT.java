package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hot paths' long texts are compressed with LZ4 on PostgreSQL (V21): the columns say so, and a
 * drawdown's audit record (its whole answer, past the size PostgreSQL compresses) is stored with
 * LZ4 and reads back whole. H2 stores them as before.
 */
class TextCompressionIT extends BookFixture {

  private static final List<String> COLUMNS =
      List.of(
          "audit_record.request",
          "audit_record.before_state",
          "audit_record.after_state",
          "decision_log.reasons",
          "decision_log.trace",
          "idempotency_record.response_body",
          "behaviour_event.attributes",
          "repayment.allocation",
          "score_history.inputs");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Autowired JdbcClient jdbc;

  private boolean postgres() {
    String pg = System.getenv("CREDITLOOP_IT_DB_URL");
    return pg != null && !pg.isBlank();
  }

  @Test
  void theHotPathsLongTextsTakeLz4OnPostgres() {
    for (String column : COLUMNS) {
      String[] parts = column.split("\\.");
      // every column named exists, on either database
      assertThat(
              jdbc.sql(
                      "select count(*) from information_schema.columns"
                          + " where table_schema = current_schema() and table_name = ?"
                          + " and column_name = ?")
                  .params(parts[0], parts[1])
                  .query(Long.class)
                  .single())
          .as(column)
          .isEqualTo(1L);
      if (postgres()) {
        assertThat(
                jdbc.sql(
                        "select attcompression::text from pg_attribute"
                            + " where attrelid = to_regclass(?) and attname = ?")
                    .params(parts[0], parts[1])
                    .query(String.class)
                    .single())
            .as(column)
            .isEqualTo("l");
      }
    }
  }

  @Test
  void aDrawdownsAuditedAnswerIsStoredWithLz4AndReadsBackWhole() throws Exception {
    product("LZ12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    long customer =
        post(
                "/api/v1/customers",
                Map.of("name", "Compressed", "idNumber", uniqueIdNumber(), "phone", uniquePhone()))
            .body()
            .get("id")
            .asLong();
    long line = line(customer, "LZ12", "9000.00");
    // a machine client's drawdown: its audit record keeps the answer itself
    ensureUser("lz4-machine", Role.INTEGRATION);
    HttpResponse<String> drawn =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + port + "/api/v1/credit-lines/" + line + "/drawdowns"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic("lz4-machine", TEST_PASSWORD))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"amount\":\"900.00\",\"termMonths\":12}", StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(201);
    Map<String, Object> stored =
        jdbc.sql(
                "select after_state from audit_record where entity_type = 'credit-line'"
                    + " and entity_id = ? and actor = 'lz4-machine' order by id desc limit 1")
            .param(String.valueOf(line))
            .query()
            .singleRow();
    String answer = (String) stored.get("after_state");
    // the answer carries its twelve instalments: past PostgreSQL's threshold for compressing
    assertThat(answer.length()).isGreaterThan(2500);
    assertThat(answer).isEqualTo(drawn.body());
    if (postgres()) {
      assertThat(
              jdbc.sql(
                      "select pg_column_compression(after_state) from audit_record"
                          + " where after_state = ?")
                  .param(answer)
                  .query(String.class)
                  .single())
          .isEqualTo("lz4");
    }
  }
}
