package dev.creditloop.app.decisioning.persistence;

import dev.creditloop.app.cache.RarelyChanging;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Black, white and grey lists by ID number, phone or device, each entry with its reason and expiry.
 * An ID number or phone is stored as its blind index in {@code key_value}, which the engine's
 * lookups match on, and sealed in {@code key_enc} for display; a device id is stored as it is.
 *
 * <p>Every decision screens its keys, so the engine's lookups read a copy of all entries in memory
 * (list type, key, reason, times: no personal data beyond the blind index). Adding or removing an
 * entry through this instance drops the copy when the write commits. Every {@code
 * creditloop.cache.max-age-ms} (default 1 s) one query compares the table's row count and highest
 * id with the copy's, so entries added or removed by another instance are seen within that time
 * (ids only grow, so an addition always moves the highest id and a removal the count).
 */
@Repository
public class JdbcListEntries implements ListEntries {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final PersonalDataCipher cipher;
  private final RarelyChanging<Snapshot> snapshot;

  JdbcListEntries(
      JdbcClient jdbc,
      Clock clock,
      PersonalDataCipher cipher,
      @Value("${creditloop.cache.max-age-ms:1000}") long cacheMaxAgeMs) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.cipher = cipher;
    this.snapshot = new RarelyChanging<>(Duration.ofMillis(cacheMaxAgeMs), this::snapshot);
  }

  /** One entry as the engine's lookups need it. */
  private record Live(ListType list, String reason, Instant createdAt, Instant expiresAt) {}

  /**
   * Every entry by key type and stored value, with the table's count and highest id it reflects.
   */
  private record Snapshot(long count, long maxId, Map<String, List<Live>> byKey) {}

  private Snapshot snapshot(Snapshot previous) {
    long[] version =
        jdbc.sql("select count(*), coalesce(max(id), 0) from list_entry")
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .single();
    if (previous != null && previous.count() == version[0] && previous.maxId() == version[1]) {
      return previous;
    }
    Map<String, List<Live>> byKey = new HashMap<>();
    jdbc.sql(
            "select key_type, key_value, list_type, reason, created_at, expires_at from list_entry")
        .query(
            rs -> {
              Timestamp expires = rs.getTimestamp("expires_at");
              byKey
                  .computeIfAbsent(
                      lookupKey(rs.getString("key_type"), rs.getString("key_value")),
                      k -> new ArrayList<>(1))
                  .add(
                      new Live(
                          ListType.valueOf(rs.getString("list_type")),
                          rs.getString("reason"),
                          rs.getTimestamp("created_at").toInstant(),
                          expires == null ? null : expires.toInstant()));
            });
    return new Snapshot(version[0], version[1], byKey);
  }

  private static String lookupKey(String keyType, String storedValue) {
    return keyType + ':' + storedValue;
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
    snapshot.invalidate();
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
    snapshot.invalidate();
    return jdbc.sql("delete from list_entry where id = ?").param(id).update() > 0;
  }

  @Override
  public List<ListEntry> liveEntries(Collection<ListKey> keys, Instant at) {
    Map<String, List<Live>> byKey = snapshot.get().byKey();
    if (byKey.isEmpty()) {
      return List.of();
    }
    List<ListEntry> live = new ArrayList<>();
    for (ListKey key : keys) {
      PersonalField personal = personal(key.type());
      // under the current index key and, while an index rotation runs, the old ones: a snapshot
      // taken before a rotation rewrote the stored values still hits under the old key, which stays
      // configured (and the servers running) until the rotation is done
      List<String> values =
          personal == null ? List.of(key.value()) : cipher.lookupIndexes(personal, key.value());
      for (String value : values) {
        for (Live e : byKey.getOrDefault(lookupKey(key.type().name(), value), List.of())) {
          // the entry carries the key asked for: the stored value is an index, the asked one is
          // already in memory
          ListEntry entry = new ListEntry(e.list(), key, e.reason(), e.createdAt(), e.expiresAt());
          if (entry.liveAt(at)) {
            live.add(entry);
          }
        }
      }
    }
    return live;
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
