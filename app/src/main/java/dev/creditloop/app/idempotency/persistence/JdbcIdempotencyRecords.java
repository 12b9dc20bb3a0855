package dev.creditloop.app.idempotency.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code idempotency_record}. Claiming and completing run in the caller's transaction: the
 * claim's insert holds the key's row until the caller commits, so a concurrent claim of the same
 * key waits, then fails on the primary key.
 */
@Repository
public class JdbcIdempotencyRecords {

  private final JdbcClient jdbc;

  JdbcIdempotencyRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored record: status 0 while its work has not committed an answer yet. */
  public record StoredRecord(String requestHash, int status, String body) {}

  /** Inserts the key with status 0 and an empty body; fails when the key exists. */
  public void claim(String scope, String key, String requestHash, Instant at) {
    jdbc.sql(
            "insert into idempotency_record (scope, idem_key, request_hash, status_code, response_body, created_at) values (?, ?, ?, 0, '', ?)")
        .params(scope, key, requestHash, Timestamp.from(at))
        .update();
  }

  /** Stores the answer of the work that claimed the key. */
  public void complete(String scope, String key, int status, String body) {
    jdbc.sql(
            "update idempotency_record set status_code = ?, response_body = ? where scope = ? and idem_key = ?")
        .params(status, body, scope, key)
        .update();
  }

  public Optional<StoredRecord> find(String scope, String key) {
    return jdbc.sql(
            "select request_hash, status_code, response_body from idempotency_record where scope = ? and idem_key = ?")
        .params(scope, key)
        .query(
            (rs, n) ->
                new StoredRecord(
                    rs.getString("request_hash"),
                    rs.getInt("status_code"),
                    rs.getString("response_body")))
        .optional();
  }
}
