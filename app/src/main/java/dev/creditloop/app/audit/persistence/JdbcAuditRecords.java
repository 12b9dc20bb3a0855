package dev.creditloop.app.audit.persistence;

import dev.creditloop.app.audit.AuditRecord;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code audit_record} and {@code audit_chain_head}. Appending runs in the caller's
 * transaction: {@link #lockHead} holds the head row until it commits, so writers queue there.
 */
@Repository
public class JdbcAuditRecords {

  private static final RowMapper<AuditRecord> ROW =
      (rs, n) ->
          new AuditRecord(
              rs.getLong("id"),
              rs.getTimestamp("at").toInstant(),
              rs.getString("actor"),
              rs.getString("roles"),
              rs.getString("source"),
              rs.getString("action"),
              rs.getString("entity_type"),
              rs.getString("entity_id"),
              (Long) rs.getObject("customer_id", Long.class),
              rs.getInt("status"),
              rs.getString("request"),
              rs.getString("before_state"),
              rs.getString("after_state"),
              rs.getString("prev_hash"),
              rs.getString("hash"));

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  JdbcAuditRecords(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** The chain's last record: its id and hash. */
  public record ChainHead(long lastId, String lastHash) {}

  /** Reads the chain's head and locks its row ({@code for update}) until the transaction ends. */
  public ChainHead lockHead() {
    return jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1 for update")
        .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
        .single();
  }

  /** One record to insert: its place in the chain and its content. */
  public record Chained(long id, AuditRecord.Entry entry, String prevHash, String hash) {}

  private static final String RECORD_COLUMNS =
      "id, at, actor, roles, source, action, entity_type, entity_id, customer_id, status, request,"
          + " before_state, after_state, prev_hash, hash";

  /** Inserts the records in one batch (one round trip). */
  public void insert(List<Chained> chained) {
    template.batchUpdate(
        "insert into audit_record ("
            + RECORD_COLUMNS
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        chained,
        chained.size(),
        (ps, c) -> bind(ps, 1, c));
  }

  /**
   * On PostgreSQL, outside any transaction: moves the head from {@code from} to the record and
   * inserts the record, in one statement that commits on its own, if the head is still at {@code
   * from}. False when it was not (another writer moved it: nothing was written) or elsewhere (H2,
   * which has no data-modifying {@code WITH}: nothing was tried).
   */
  public boolean appendOneAfter(ChainHead from, Chained record) {
    if (!postgres()) {
      return false;
    }
    return template.update(
            "with moved as (update audit_chain_head set last_id = ?, last_hash = ?"
                + " where id = 1 and last_id = ? and last_hash = ? returning 1)"
                + " insert into audit_record ("
                + RECORD_COLUMNS
                + ") select ?::bigint, ?::timestamptz, ?::varchar, ?::varchar, ?::varchar,"
                + " ?::varchar, ?::varchar, ?::varchar, ?::bigint, ?::int, ?::text, ?::text, ?::text,"
                + " ?::varchar, ?::varchar from moved",
            ps -> {
              ps.setLong(1, record.id());
              ps.setString(2, record.hash());
              ps.setLong(3, from.lastId());
              ps.setString(4, from.lastHash());
              bind(ps, 5, record);
            })
        == 1;
  }

  /** The record's fifteen columns, in the order of {@link #RECORD_COLUMNS}, from {@code first}. */
  private static void bind(PreparedStatement ps, int first, Chained c) throws SQLException {
    AuditRecord.Entry e = c.entry();
    int i = first;
    ps.setLong(i++, c.id());
    ps.setTimestamp(i++, Timestamp.from(e.at()));
    ps.setString(i++, e.actor());
    ps.setString(i++, e.roles());
    ps.setString(i++, e.source());
    ps.setString(i++, e.action());
    ps.setString(i++, e.entityType());
    ps.setString(i++, e.entityId());
    ps.setObject(i++, e.customerId(), java.sql.Types.BIGINT);
    ps.setInt(i++, e.status());
    ps.setString(i++, e.request());
    ps.setString(i++, e.before());
    ps.setString(i++, e.after());
    ps.setString(i++, c.prevHash());
    ps.setString(i, c.hash());
  }

  private volatile Boolean postgres;

  private boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      known =
          template.execute(
              (org.springframework.jdbc.core.ConnectionCallback<Boolean>)
                  c -> c.isWrapperFor(org.postgresql.PGConnection.class));
      postgres = known;
    }
    return known;
  }

  /**
   * Moves the head from {@code from} to {@code to} if it is still at {@code from}, locking its row
   * until the transaction ends: false when another writer moved it since (then {@link #lockHead}
   * reads where it is).
   */
  public boolean advanceHeadFrom(ChainHead from, ChainHead to) {
    return jdbc.sql(
                "update audit_chain_head set last_id = ?, last_hash = ?"
                    + " where id = 1 and last_id = ? and last_hash = ?")
            .params(to.lastId(), to.lastHash(), from.lastId(), from.lastHash())
            .update()
        == 1;
  }

  /** Moves the head to the batch's last record (the row {@link #lockHead} locked). */
  public void advanceHead(ChainHead head) {
    jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ? where id = 1")
        .params(head.lastId(), head.lastHash())
        .update();
  }

  /** Newest first; every condition that is null is left out. */
  public List<AuditRecord> search(
      String actor,
      String entityType,
      String entityId,
      Long customerId,
      Instant from,
      Instant to,
      Long beforeId,
      int limit) {
    StringBuilder sql = new StringBuilder("select * from audit_record where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (actor != null) {
      sql.append(" and actor = ?");
      params.add(actor);
    }
    if (entityType != null) {
      sql.append(" and entity_type = ?");
      params.add(entityType);
    }
    if (entityId != null) {
      sql.append(" and entity_id = ?");
      params.add(entityId);
    }
    if (customerId != null) {
      sql.append(" and customer_id = ?");
      params.add(customerId);
    }
    if (from != null) {
      sql.append(" and at >= ?");
      params.add(Timestamp.from(from));
    }
    if (to != null) {
      sql.append(" and at < ?");
      params.add(Timestamp.from(to));
    }
    if (beforeId != null) {
      sql.append(" and id < ?");
      params.add(beforeId);
    }
    sql.append(" order by id desc limit ").append(limit);
    return jdbc.sql(sql.toString()).params(params).query(ROW).list();
  }

  /** Up to {@code size} records after {@code afterId}, in id order. */
  public List<AuditRecord> page(long afterId, int size) {
    return jdbc.sql("select * from audit_record where id > ? order by id limit " + size)
        .param(afterId)
        .query(ROW)
        .list();
  }
}
