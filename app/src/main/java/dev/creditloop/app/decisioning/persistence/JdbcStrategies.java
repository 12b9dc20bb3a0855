package dev.creditloop.app.decisioning.persistence;

import dev.creditloop.decisioning.strategy.StrategyDocument;
import dev.creditloop.decisioning.strategy.StrategyDocumentException;
import dev.creditloop.decisioning.strategy.StrategyVersions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Strategy versions as their authors wrote them (YAML or JSON text), with a lifecycle status kept
 * here: DRAFT, ACTIVE (at most one version per strategy), RETIRED.
 */
@Repository
public class JdbcStrategies implements StrategyVersions {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcStrategies(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One stored version. */
  public record StoredVersion(
      String strategyId,
      int version,
      String status,
      String format,
      String document,
      String createdBy,
      Instant createdAt,
      Instant activatedAt) {}

  public void insert(String id, int version, String format, String text, String createdBy) {
    jdbc.sql(
            "insert into strategy_version (strategy_id, version, status, document, format, created_by, created_at)"
                + " values (?, ?, 'DRAFT', ?, ?, ?, ?)")
        .params(id, version, text, format, createdBy, Timestamp.from(clock.instant()))
        .update();
  }

  public Optional<StoredVersion> get(String id, int version) {
    return jdbc.sql("select * from strategy_version where strategy_id = ? and version = ?")
        .params(id, version)
        .query((rs, n) -> map(rs))
        .optional();
  }

  public List<StoredVersion> all() {
    return jdbc.sql("select * from strategy_version order by strategy_id, version")
        .query((rs, n) -> map(rs))
        .list();
  }

  public Optional<StoredVersion> active(String id) {
    return jdbc.sql("select * from strategy_version where strategy_id = ? and status = 'ACTIVE'")
        .param(id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** The number of the strategy's active version, if it has one: a cheap check of a cached copy. */
  public Optional<Integer> activeVersion(String id) {
    return jdbc.sql(
            "select version from strategy_version where strategy_id = ? and status = 'ACTIVE'")
        .param(id)
        .query(Integer.class)
        .optional();
  }

  /** Makes one version the active one, retiring the version active before. */
  public void activate(String id, int version) {
    jdbc.sql(
            "update strategy_version set status = 'RETIRED' where strategy_id = ? and status = 'ACTIVE'")
        .param(id)
        .update();
    jdbc.sql(
            "update strategy_version set status = 'ACTIVE', activated_at = ? where strategy_id = ? and version = ?")
        .params(Timestamp.from(clock.instant()), id, version)
        .update();
  }

  public void retire(String id, int version) {
    jdbc.sql("update strategy_version set status = 'RETIRED' where strategy_id = ? and version = ?")
        .params(id, version)
        .update();
  }

  @Override
  public Optional<StrategyDocument> find(String strategyId, int version) {
    return get(strategyId, version)
        .map(
            v -> {
              try {
                return StrategyDocument.parse(v.document());
              } catch (StrategyDocumentException e) {
                throw new IllegalStateException(
                    "stored strategy " + strategyId + " v" + version + " no longer parses", e);
              }
            });
  }

  private static StoredVersion map(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp activated = rs.getTimestamp("activated_at");
    return new StoredVersion(
        rs.getString("strategy_id"),
        rs.getInt("version"),
        rs.getString("status"),
        rs.getString("format"),
        rs.getString("document"),
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(),
        activated == null ? null : activated.toInstant());
  }
}
