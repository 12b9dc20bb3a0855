package dev.creditloop.app.decisioning.persistence;

import dev.creditloop.decisioning.list.KeyType;
import dev.creditloop.decisioning.list.ListEntries;
import dev.creditloop.decisioning.list.ListEntry;
import dev.creditloop.decisioning.list.ListKey;
import dev.creditloop.decisioning.list.ListType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Black, white and grey lists by ID number, phone or device, each entry with its reason and expiry. */
@Repository
public class JdbcListEntries implements ListEntries {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcListEntries(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A stored entry with its id. */
  public record StoredEntry(long id, String list, String keyType, String keyValue, String reason, Instant expiresAt,
                            String createdBy, Instant createdAt) {}

  /** Adds an entry, live from {@code createdAt} (the book's time) until {@code expiresAt} (null: never expires). */
  public StoredEntry add(ListType list, ListKey key, String reason, Instant expiresAt, String createdBy, Instant createdAt) {
    Instant now = createdAt;
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into list_entry (list_type, key_type, key_value, reason, expires_at, created_by, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(list.name(), key.type().name(), key.value(), reason, expiresAt == null ? null : Timestamp.from(expiresAt),
            createdBy, Timestamp.from(now))
        .update(keys, "id");
    return new StoredEntry(keys.getKey().longValue(), list.name(), key.type().name(), key.value(), reason, expiresAt, createdBy, now);
  }

  /** Entries newest first, with ids below {@code beforeId} (null: from the newest). */
  public List<StoredEntry> page(Long beforeId, int limit) {
    var query = beforeId == null
        ? jdbc.sql("select * from list_entry order by id desc limit ?").params(limit)
        : jdbc.sql("select * from list_entry where id < ? order by id desc limit ?").params(beforeId, limit);
    return query.query((rs, n) -> stored(rs)).list();
  }

  public boolean remove(long id) {
    return jdbc.sql("delete from list_entry where id = ?").param(id).update() > 0;
  }

  @Override
  public List<ListEntry> liveEntries(Collection<ListKey> keys, Instant at) {
    List<ListEntry> live = new ArrayList<>();
    for (ListKey key : keys) {
      jdbc.sql("select * from list_entry where key_type = ? and key_value = ?")
          .params(key.type().name(), key.value())
          .query((rs, n) -> entry(rs))
          .list()
          .stream()
          .filter(e -> e.liveAt(at))
          .forEach(live::add);
    }
    return live;
  }

  private static ListEntry entry(ResultSet rs) throws SQLException {
    Timestamp expires = rs.getTimestamp("expires_at");
    return new ListEntry(ListType.valueOf(rs.getString("list_type")),
        new ListKey(KeyType.valueOf(rs.getString("key_type")), rs.getString("key_value")), rs.getString("reason"),
        rs.getTimestamp("created_at").toInstant(), expires == null ? null : expires.toInstant());
  }

  private static StoredEntry stored(ResultSet rs) throws SQLException {
    Timestamp expires = rs.getTimestamp("expires_at");
    return new StoredEntry(rs.getLong("id"), rs.getString("list_type"), rs.getString("key_type"), rs.getString("key_value"),
        rs.getString("reason"), expires == null ? null : expires.toInstant(), rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant());
  }
}
