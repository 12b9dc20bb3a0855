package dev.creditloop.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only, hash-chained audit trail. Appends are group-committed: callers hand their entry
 * to one writer thread and wait until the batch holding it has committed, so a busy API pays one
 * commit per batch, not per record, and nothing is acknowledged before it is stored. Each batch
 * locks the chain's head row, numbers its records after it and chains each to the previous one's
 * hash, in one transaction: writers in other processes (or other contexts) queue on that lock.
 */
@Component
public class AuditTrail implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
  static final String GENESIS = "0".repeat(64);
  private static final int MAX_BATCH = 500;

  private record Pending(AuditRecord.Entry entry, CompletableFuture<Long> stored) {}

  /** What a verification of the whole chain found. */
  public record Verification(long records, boolean intact, Long firstBrokenId, String problem) {}

  static final RowMapper<AuditRecord> ROW =
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
  private final TransactionTemplate tx;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean stopping;

  AuditTrail(JdbcClient jdbc, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.writer = new Thread(this::writeLoop, "audit-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Stores the entry and returns its id once committed. */
  public long append(AuditRecord.Entry entry) {
    if (stopping) {
      throw new IllegalStateException("the audit trail is shutting down");
    }
    Pending pending = new Pending(entry, new CompletableFuture<>());
    queue.add(pending);
    try {
      return pending.stored().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the audit trail", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the audit trail could not be written", e);
    }
  }

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

  /**
   * Recomputes every record's hash in order: an edited, inserted or removed record breaks the
   * chain.
   */
  public Verification verify() {
    String prev = GENESIS;
    long count = 0;
    long expectedId = -1;
    List<AuditRecord> page;
    long after = 0;
    do {
      page =
          jdbc.sql("select * from audit_record where id > ? order by id limit 2000")
              .param(after)
              .query(ROW)
              .list();
      for (AuditRecord r : page) {
        count++;
        if (expectedId >= 0 && r.id() != expectedId) {
          return new Verification(count, false, r.id(), "record " + expectedId + " is missing");
        }
        if (!r.prevHash().equals(prev)) {
          return new Verification(count, false, r.id(), "does not follow the record before it");
        }
        if (!hash(prev, r.id(), entryOf(r)).equals(r.hash())) {
          return new Verification(count, false, r.id(), "content does not match its hash");
        }
        prev = r.hash();
        expectedId = r.id() + 1;
        after = r.id();
      }
    } while (page.size() == 2000);
    return new Verification(count, true, null, null);
  }

  private static AuditRecord.Entry entryOf(AuditRecord r) {
    return new AuditRecord.Entry(
        r.at(),
        r.actor(),
        r.roles(),
        r.source(),
        r.action(),
        r.entityType(),
        r.entityId(),
        r.customerId(),
        r.status(),
        r.request(),
        r.before(),
        r.after());
  }

  private void writeLoop() {
    List<Pending> batch = new ArrayList<>();
    while (!stopping || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        write(batch);
      } catch (InterruptedException e) {
        stopping = true;
      } catch (RuntimeException e) {
        log.error("audit trail batch of {} not written", batch.size(), e);
        batch.forEach(p -> p.stored().completeExceptionally(e));
      } finally {
        batch.clear();
      }
    }
  }

  private void write(List<Pending> batch) {
    long[] ids = new long[batch.size()];
    tx.executeWithoutResult(
        status -> {
          var head =
              jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1 for update")
                  .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                  .single();
          long id = (Long) head[0];
          String prev = (String) head[1];
          for (int i = 0; i < batch.size(); i++) {
            AuditRecord.Entry e = batch.get(i).entry();
            id++;
            String hash = hash(prev, id, e);
            jdbc.sql(
                    """
            insert into audit_record (id, at, actor, roles, source, action, entity_type, entity_id, customer_id, status,
              request, before_state, after_state, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                    id,
                    Timestamp.from(e.at()),
                    e.actor(),
                    e.roles(),
                    e.source(),
                    e.action(),
                    e.entityType(),
                    e.entityId(),
                    e.customerId(),
                    e.status(),
                    e.request(),
                    e.before(),
                    e.after(),
                    prev,
                    hash)
                .update();
            ids[i] = id;
            prev = hash;
          }
          jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ? where id = 1")
              .params(id, prev)
              .update();
        });
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).stored().complete(ids[i]);
    }
  }

  /**
   * Time as the database keeps it (microseconds), so that the hash of a stored record can be
   * recomputed.
   */
  public static Instant truncate(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  static String hash(String prev, long id, AuditRecord.Entry e) {
    StringBuilder b = new StringBuilder(256).append(prev).append('\n').append(id);
    for (Object field :
        new Object[] {
          e.at().toEpochMilli() * 1000 + e.at().getNano() / 1000 % 1000,
          e.actor(),
          e.roles(),
          e.source(),
          e.action(),
          e.entityType(),
          e.entityId(),
          e.customerId(),
          e.status(),
          e.request(),
          e.before(),
          e.after()
        }) {
      String text = field == null ? "" : field.toString();
      // Length-prefixed, so that no two different records give the same text.
      b.append('\n').append(field == null ? -1 : text.length()).append(':').append(text);
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    stopping = true;
    writer.join(5_000);
  }
}
