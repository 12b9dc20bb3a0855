package dev.creditloop.app.idempotency.web;

import dev.creditloop.app.idempotency.persistence.JdbcIdempotencyRecords;
import dev.creditloop.app.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a money-moving request at most once per {@code Idempotency-Key}: the key is claimed in the
 * same transaction as the postings, so a repeat (even a concurrent one, which waits on the key's
 * row) gets the first result and nothing is posted twice. Refusals are not stored: nothing was
 * written, so a corrected retry with the same key may run.
 */
@Component
public class IdempotentRequests {

  private static final int MAX_KEY_LENGTH = 128;

  private final JdbcIdempotencyRecords records;
  private final TransactionTemplate tx;
  private final JsonMapper json;
  private final Clock clock;

  IdempotentRequests(
      JdbcIdempotencyRecords records, TransactionTemplate tx, JsonMapper json, Clock clock) {
    this.records = records;
    this.tx = tx;
    this.json = json;
    this.clock = clock;
  }

  /** A stored or fresh outcome: the HTTP status and the JSON body. */
  public record Outcome(int status, String body, boolean replayed) {}

  /**
   * Runs {@code work} in one transaction, recording its result under (scope, key). Without a key
   * the work simply runs in a transaction.
   */
  public Outcome run(String scope, String key, Object request, Supplier<Result> work) {
    if (key == null) {
      Result r = tx.execute(s -> work.get());
      return new Outcome(r.status(), json.writeValueAsString(r.body()), false);
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw ApiProblem.badField(
          "invalid-field", "Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    String hash = sha256(json.writeValueAsString(request));
    for (int attempt = 0; ; attempt++) {
      Optional<Outcome> stored = find(scope, key, hash);
      if (stored.isPresent()) {
        return stored.get();
      }
      try {
        return tx.execute(
            s -> {
              records.claim(scope, key, hash, clock.instant());
              Result r = work.get();
              String body = json.writeValueAsString(r.body());
              records.complete(scope, key, r.status(), body);
              return new Outcome(r.status(), body, false);
            });
      } catch (DataAccessException e) {
        // Another request holding the same key committed first (or is committing): read its result.
        if (attempt >= 20) {
          throw e;
        }
        sleep(attempt);
      }
    }
  }

  private Optional<Outcome> find(String scope, String key, String hash) {
    return records
        .find(scope, key)
        .map(
            stored -> {
              if (!stored.requestHash().equals(hash)) {
                throw new ApiProblem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused",
                    "this Idempotency-Key was used with a different request",
                    java.util.List.of(
                        new ApiProblem.FieldIssue(
                            "Idempotency-Key", "used with a different request")));
              }
              return new Outcome(stored.status(), stored.body(), true);
            })
        .filter(o -> o.status() != 0);
  }

  /** What a unit of work answers. */
  public record Result(int status, Object body) {}

  private static void sleep(int attempt) {
    try {
      Thread.sleep(5L * (attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
