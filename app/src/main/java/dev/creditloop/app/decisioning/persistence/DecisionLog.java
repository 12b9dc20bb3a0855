package dev.creditloop.app.decisioning.persistence;

import dev.creditloop.app.scope.DataScope;
import dev.creditloop.decisioning.strategy.Decision;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every decision, explainable afterwards: strategy and version, arm, segment, mode, outcome, score,
 * reasons, the feature values the strategy read, the rules, table rows, bins and list entries hit,
 * and the latency.
 */
@Repository
public class DecisionLog {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final javax.sql.DataSource dataSource;
  private final java.util.concurrent.BlockingQueue<Object[]> queue =
      new java.util.concurrent.ArrayBlockingQueue<>(100_000);
  private final Thread writer;
  private final TraceJson traceJson;

  /** Ids of queued decisions not yet written: a read of one of them waits for the writer. */
  private final java.util.Set<Long> unwritten = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * How long the writer gathers queued decisions after the first before it writes them in one COPY
   * and one commit ({@code creditloop.decision-log.gather-ms}, default 50): the most a crash can
   * lose of pre-check decisions (they move no money; the drawdown that may follow decides again and
   * logs its decision in its own commit).
   */
  private final long gatherMs;

  private long nextId;
  private long blockEnd;

  DecisionLog(
      JdbcClient jdbc,
      JsonMapper json,
      javax.sql.DataSource dataSource,
      @org.springframework.beans.factory.annotation.Value("${creditloop.decision-log.gather-ms:50}")
          long gatherMs) {
    this.jdbc = jdbc;
    this.gatherMs = gatherMs;
    this.json = json;
    this.dataSource = dataSource;
    this.traceJson = new TraceJson(json);
    this.writer = new Thread(this::drain, "decision-log-writer");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /** Writes the decision now, in the caller's transaction (decisions that move money). */
  public long record(
      String point, Long creditLineId, Decision d, Instant at, Map<String, Object> context) {
    Object[] row = row(nextId(), point, creditLineId, d, at, context);
    insert(List.<Object[]>of(row));
    return (Long) row[0];
  }

  /**
   * Numbers the decision and queues it for the background writer, which writes queued decisions
   * together every {@code gatherMs} milliseconds: for decisions that move no money (pre-checks). A
   * crash can lose the last few milliseconds of queued decisions.
   */
  public long recordLater(
      String point, Long creditLineId, Decision d, Instant at, Map<String, Object> context) {
    Object[] row = row(nextId(), point, creditLineId, d, at, context);
    unwritten.add((Long) row[0]);
    if (!queue.offer(row)) {
      insert(List.<Object[]>of(row));
    }
    return (Long) row[0];
  }

  private synchronized long nextId() {
    if (nextId >= blockEnd) {
      nextId = jdbc.sql("select nextval('decision_log_seq')").query(Long.class).single();
      blockEnd = nextId + 1000;
    }
    return nextId++;
  }

  private void drain() {
    List<Object[]> batch = new java.util.ArrayList<>();
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Object[] first = queue.poll(50, java.util.concurrent.TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        Thread.sleep(gatherMs);
        queue.drainTo(batch, 999);
        insert(batch, true);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(DecisionLog.class)
            .error("could not write {} queued decisions", batch.size(), e);
      }
      batch.clear();
    }
  }

  /** Writes what is still queued; called at shutdown. */
  @jakarta.annotation.PreDestroy
  void flush() {
    writer.interrupt();
    List<Object[]> rest = new java.util.ArrayList<>();
    queue.drainTo(rest);
    if (!rest.isEmpty()) {
      insert(rest);
    }
  }

  private void insert(List<Object[]> rows) {
    insert(rows, false);
  }

  /** Writes the rows; {@code copy}: by COPY on PostgreSQL however few (the background writer). */
  private void insert(List<Object[]> rows, boolean copy) {
    try (dev.creditloop.app.bulk.persistence.BulkTable t =
        new dev.creditloop.app.bulk.persistence.BulkTable(
            dataSource,
            "decision_log",
            List.of(
                "id",
                "decision_point",
                "customer_id",
                "credit_line_id",
                "strategy_id",
                "strategy_version",
                "arm",
                "segment",
                "mode",
                "outcome",
                "score",
                "reasons",
                "trace",
                "latency_micros",
                "decided_at"),
            Integer.MAX_VALUE)) {
      if (copy) {
        t.copyAlways();
      }
      rows.forEach(t::add);
    }
    rows.forEach(r -> unwritten.remove((Long) r[0]));
  }

  private Object[] row(
      long id,
      String point,
      Long creditLineId,
      Decision d,
      Instant at,
      Map<String, Object> context) {
    return new Object[] {
      id,
      point,
      d.customerId(),
      creditLineId,
      d.strategyId(),
      d.strategyVersion(),
      d.arm(),
      d.segment(),
      d.mode().name(),
      d.outcome().name(),
      d.score().isPresent() ? d.score().getAsDouble() : null,
      traceJson.reasons(d.reasons()),
      traceJson.trace(d, context),
      d.latencyNanos() / 1000,
      Timestamp.from(at)
    };
  }

  /** A logged decision as the API shows it. */
  public record Logged(
      long id,
      String decisionPoint,
      long customerId,
      Long creditLineId,
      String strategyId,
      int strategyVersion,
      String arm,
      String segment,
      String mode,
      String outcome,
      Double score,
      JsonNode reasons,
      JsonNode trace,
      long latencyMicros,
      Instant decidedAt) {}

  public Optional<Logged> find(long id) {
    // Asked before the read: the writer commits a batch and then forgets its ids, so a decision
    // not found by the read but no longer unwritten after it was committed in between.
    boolean queued = unwritten.contains(id);
    Optional<Logged> found =
        jdbc.sql("select * from decision_log where id = ?")
            .param(id)
            .query((rs, n) -> map(rs))
            .optional();
    if (found.isPresent() || !queued) {
      return found;
    }
    // asked for a decision still queued: write the queue now rather than answer 404
    List<Object[]> pending = new java.util.ArrayList<>();
    queue.drainTo(pending);
    insert(pending);
    // The writer thread may hold it in the batch it is writing; on a loaded machine that commit
    // can take well over a second (a 1 s bound made GET /decisions/{id} answer 404 for a decision
    // just made).
    for (int waited = 0; unwritten.contains(id) && waited < 1_000; waited++) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    found =
        jdbc.sql("select * from decision_log where id = ?")
            .param(id)
            .query((rs, n) -> map(rs))
            .optional();
    return found;
  }

  /**
   * What the decision list may be narrowed by; a null criterion does not narrow. {@code to} is
   * exclusive; {@code agency}: only that agency's customers.
   */
  public record Filter(Long customerId, String outcome, Instant from, Instant to, String agency) {}

  /**
   * Decisions matching {@code filter}, newest first, with ids below {@code beforeId} (null: from
   * the newest).
   */
  public List<Logged> page(Filter filter, Long beforeId, int limit) {
    StringBuilder sql = new StringBuilder("select * from decision_log where 1 = 1");
    List<Object> params = new java.util.ArrayList<>();
    if (filter.customerId() != null) {
      sql.append(" and customer_id = ?");
      params.add(filter.customerId());
    }
    if (filter.outcome() != null) {
      sql.append(" and outcome = ?");
      params.add(filter.outcome());
    }
    if (filter.from() != null) {
      sql.append(" and decided_at >= ?");
      params.add(Timestamp.from(filter.from()));
    }
    if (filter.to() != null) {
      sql.append(" and decided_at < ?");
      params.add(Timestamp.from(filter.to()));
    }
    if (filter.agency() != null) {
      sql.append(" and ").append(DataScope.CUSTOMER_OF_AGENCY);
      params.add(filter.agency());
    }
    if (beforeId != null) {
      sql.append(" and id < ?");
      params.add(beforeId);
    }
    sql.append(" order by id desc limit ?");
    params.add(limit);
    return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
  }

  private Logged map(java.sql.ResultSet rs) throws java.sql.SQLException {
    long line = rs.getLong("credit_line_id");
    Long lineId = rs.wasNull() ? null : line;
    double score = rs.getDouble("score");
    Double s = rs.wasNull() ? null : score;
    return new Logged(
        rs.getLong("id"),
        rs.getString("decision_point"),
        rs.getLong("customer_id"),
        lineId,
        rs.getString("strategy_id"),
        rs.getInt("strategy_version"),
        rs.getString("arm"),
        rs.getString("segment"),
        rs.getString("mode"),
        rs.getString("outcome"),
        s,
        json.readTree(rs.getString("reasons")),
        json.readTree(rs.getString("trace")),
        rs.getLong("latency_micros"),
        rs.getTimestamp("decided_at").toInstant());
  }
}
