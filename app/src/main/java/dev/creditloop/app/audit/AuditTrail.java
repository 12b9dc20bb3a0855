package dev.creditloop.app.audit;

import dev.creditloop.app.audit.persistence.JdbcAuditRecords;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

  private final JdbcAuditRecords records;
  private final TransactionTemplate tx;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean stopping;

  /**
   * Where this writer left the chain's head after its last committed batch (only the writer thread
   * reads and sets it); null before the first.
   */
  private JdbcAuditRecords.ChainHead lastHead;

  AuditTrail(JdbcAuditRecords records, TransactionTemplate tx) {
    this.records = records;
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
    return records.search(actor, entityType, entityId, customerId, from, to, beforeId, limit);
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
      page = records.page(after, 2000);
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

  /**
   * Writes a batch in one transaction: the head moved from where this writer last left it (one
   * statement that also locks it), or, when another writer moved it meanwhile or at the first
   * batch, from where the locked head says; then the records in one batched insert.
   */
  private void write(List<Pending> batch) {
    if (batch.size() == 1 && lastHead != null) {
      // the usual case below a few hundred writes a second: one record after this writer's head,
      // in one statement that commits on its own (PostgreSQL)
      List<JdbcAuditRecords.Chained> one = chain(batch, lastHead);
      if (records.appendOneAfter(lastHead, one.get(0))) {
        lastHead = headOf(one);
        batch.get(0).stored().complete(one.get(0).id());
        return;
      }
    }
    long[] ids = new long[batch.size()];
    JdbcAuditRecords.ChainHead advanced =
        tx.execute(
            status -> {
              JdbcAuditRecords.ChainHead from = lastHead;
              List<JdbcAuditRecords.Chained> chained = from == null ? null : chain(batch, from);
              if (chained == null || !records.advanceHeadFrom(from, headOf(chained))) {
                from = records.lockHead();
                chained = chain(batch, from);
                records.advanceHead(headOf(chained));
              }
              records.insert(chained);
              for (int i = 0; i < ids.length; i++) {
                ids[i] = chained.get(i).id();
              }
              return headOf(chained);
            });
    lastHead = advanced;
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).stored().complete(ids[i]);
    }
  }

  /** The batch's records numbered and chained after {@code head}. */
  private static List<JdbcAuditRecords.Chained> chain(
      List<Pending> batch, JdbcAuditRecords.ChainHead head) {
    List<JdbcAuditRecords.Chained> chained = new ArrayList<>(batch.size());
    long id = head.lastId();
    String prev = head.lastHash();
    for (Pending p : batch) {
      id++;
      String hash = hash(prev, id, p.entry());
      chained.add(new JdbcAuditRecords.Chained(id, p.entry(), prev, hash));
      prev = hash;
    }
    return chained;
  }

  private static JdbcAuditRecords.ChainHead headOf(List<JdbcAuditRecords.Chained> chained) {
    JdbcAuditRecords.Chained last = chained.get(chained.size() - 1);
    return new JdbcAuditRecords.ChainHead(last.id(), last.hash());
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
