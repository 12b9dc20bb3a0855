package dev.creditloop.app.decisioning.persistence;

import dev.creditloop.app.personal.PersonalDataCipher;
import dev.creditloop.app.personal.PersonalField;
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

/**
 * Black, white and grey lists by ID number, phone or device, each entry with its reason and expiry.
 * An ID number or phone is stored as its blind index in {@code key_value}, which the engine's
 * lookups match on, and sealed in {@code key_enc} for display; a device id is stored as it is.
 */
@Repository
public class JdbcListEntries implements ListEntries {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final PersonalDataCipher cipher;

  JdbcListEntries(JdbcClient jdbc, Clock clock, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.cipher = cipher;
  }

  /** A stored entry with its id. */
  public record StoredEntry(
      long id,
      String list,
      String keyType,
      String keyValue,
      String reason,
      Instant expiresAt,
      String createdBy,
      Instant createdAt) {}

  /**
   * Adds an entry, live from {@code createdAt} (the book's time) until {@code expiresAt} (null:
   * never expires).
   */
  public StoredEntry add(
      ListType list,
      ListKey key,
      String reason,
      Instant expiresAt,
      String createdBy,
      Instant createdAt) {
    Instant now = createdAt;
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    PersonalField personal = personal(key.type());
    jdbc.sql(
            "insert into list_entry (list_type, key_type, key_value, key_enc, reason, expires_at, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            list.name(),
            key.type().name(),
            stored(key),
            personal == null ? null : cipher.encrypt(key.value()),
            reason,
            expiresAt == null ? null : Timestamp.from(expiresAt),
            createdBy,
            Timestamp.from(now))
        .update(keys, "id");
    return new StoredEntry(
        keys.getKey().longValue(),
        list.name(),
        key.type().name(),
        key.value(),
        reason,
        expiresAt,
        createdBy,
        now);
  }

  /** Entries newest first, with ids below {@code beforeId} (null: from the newest). */
  public List<StoredEntry> page(Long beforeId, int limit) {
    var query =
        beforeId == null
            ? jdbc.sql("select * from list_entry order by id desc limit ?").params(limit)
            : jdbc.sql("select * from list_entry where id < ? order by id desc limit ?")
                .params(beforeId, limit);
    return query.query((rs, n) -> stored(rs)).list();
  }

  /** The value matched on: the blind index of an ID number or phone, a device id as it is. */
  private String stored(ListKey key) {
    PersonalField personal = personal(key.type());
    return personal == null ? key.value() : cipher.index(personal, key.value());
  }

  private static PersonalField personal(KeyType type) {
    return switch (type) {
      case ID_NUMBER -> PersonalField.ID_NUMBER;
      case PHONE -> PersonalField.PHONE;
      default -> null;
    };
  }

  public boolean remove(long id) {
    return jdbc.sql("delete from list_entry where id = ?").param(id).update() > 0;
  }

  @Override
  public List<ListEntry> liveEntries(Collection<ListKey> keys, Instant at) {
    List<ListEntry> live = new ArrayList<>();
    for (ListKey key : keys) {
      List<Object> params = new ArrayList<>();
      params.add(key.type().name());
      PersonalField personal = personal(key.type());
      // under the current index key and, while an index rotation runs, the old one
      params.addAll(
          personal == null ? List.of(key.value()) : cipher.lookupIndexes(personal, key.value()));
      jdbc
          .sql(
              "select * from list_entry where key_type = ? and key_value in ("
                  + String.join(", ", java.util.Collections.nCopies(params.size() - 1, "?"))
                  + ")")
          .params(params)
          // the entry carries the key asked for: the stored value is an index, the asked one is
          // already in memory
          .query((rs, n) -> entry(rs, key))
          .list()
          .stream()
          .filter(e -> e.liveAt(at))
          .forEach(live::add);
    }
    return live;
  }

  private static ListEntry entry(ResultSet rs, ListKey key) throws SQLException {
    Timestamp expires = rs.getTimestamp("expires_at");
    return new ListEntry(
        ListType.valueOf(rs.getString("list_type")),
        key,
        rs.getString("reason"),
        rs.getTimestamp("created_at").toInstant(),
        expires == null ? null : expires.toInstant());
  }

  private StoredEntry stored(ResultSet rs) throws SQLException {
    Timestamp expires = rs.getTimestamp("expires_at");
    String sealed = rs.getString("key_enc");
    return new StoredEntry(
        rs.getLong("id"),
        rs.getString("list_type"),
        rs.getString("key_type"),
        sealed == null ? rs.getString("key_value") : cipher.decrypt(sealed),
        rs.getString("reason"),
        expires == null ? null : expires.toInstant(),
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant());
  }
}
