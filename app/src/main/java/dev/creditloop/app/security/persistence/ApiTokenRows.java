package dev.creditloop.app.security.persistence;

import dev.creditloop.app.security.ApiToken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Personal API tokens in {@code api_token}, found by the keyed hash of their secret. */
@Repository
public class ApiTokenRows {

  private static final String COLUMNS =
      "id, username, name, hint, created_at, expires_at, last_used_at, revoked_at, revoked_by";

  private final JdbcClient jdbc;

  ApiTokenRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public ApiToken add(
      String username,
      String name,
      String tokenHash,
      String hint,
      Instant createdAt,
      Instant expiresAt) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into api_token (username, name, token_hash, hint, created_at, expires_at) "
                + "values (?, ?, ?, ?, ?, ?)")
        .params(username, name, tokenHash, hint, ts(createdAt), ts(expiresAt))
        .update(keys, "id");
    return new ApiToken(
        keys.getKey().longValue(), username, name, hint, createdAt, expiresAt, null, null, null);
  }

  /** A user's tokens, newest first, revoked ones included. */
  public List<ApiToken> of(String username) {
    return jdbc.sql("select " + COLUMNS + " from api_token where username = ? order by id desc")
        .param(username)
        .query((rs, n) -> token(rs))
        .list();
  }

  public Optional<ApiToken> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from api_token where id = ?")
        .param(id)
        .query((rs, n) -> token(rs))
        .optional();
  }

  public Optional<ApiToken> findByHash(String tokenHash) {
    return jdbc.sql("select " + COLUMNS + " from api_token where token_hash = ?")
        .param(tokenHash)
        .query((rs, n) -> token(rs))
        .optional();
  }

  /** Revokes a live token; false when it was revoked already. */
  public boolean revoke(long id, String by, Instant at) {
    return jdbc.sql(
                "update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
            .params(ts(at), by, id)
            .update()
        == 1;
  }

  public void used(long id, Instant at) {
    jdbc.sql("update api_token set last_used_at = ? where id = ?").params(ts(at), id).update();
  }

  private static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static ApiToken token(ResultSet rs) throws SQLException {
    return new ApiToken(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("name"),
        rs.getString("hint"),
        instant(rs, "created_at"),
        instant(rs, "expires_at"),
        instant(rs, "last_used_at"),
        instant(rs, "revoked_at"),
        rs.getString("revoked_by"));
  }
}
