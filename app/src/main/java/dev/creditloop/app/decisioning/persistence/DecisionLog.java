package dev.creditloop.app.decisioning.persistence;

import dev.creditloop.decisioning.strategy.Decision;
import dev.creditloop.decisioning.strategy.DecisionTrace;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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

  DecisionLog(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public long record(String point, Long creditLineId, Decision d, Instant at, Map<String, Object> context) {
    DecisionTrace t = d.trace();
    Map<String, Object> trace = new LinkedHashMap<>();
    trace.put("context", context);
    trace.put("segmentsTried", t.segmentsTried());
    trace.put("steps", t.steps());
    trace.put("skipped", t.skipped());
    trace.put("featuresRead", finite(t.featuresRead()));
    trace.put("ruleHits", t.ruleHits());
    trace.put("tableHits", t.tableHits());
    trace.put("scorecardBins", t.scorecardBins());
    trace.put("listHits", t.listHits().stream().map(String::valueOf).toList());
    trace.put("outputs", finite(d.outputs()));
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into decision_log (decision_point, customer_id, credit_line_id, strategy_id, strategy_version, arm, segment,"
            + " mode, outcome, score, reasons, trace, latency_micros, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(point, d.customerId(), creditLineId, d.strategyId(), d.strategyVersion(), d.arm(), d.segment(), d.mode().name(),
            d.outcome().name(), d.score().isPresent() ? d.score().getAsDouble() : null, json.writeValueAsString(d.reasons()),
            json.writeValueAsString(trace), d.latencyNanos() / 1000, Timestamp.from(at))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** A logged decision as the API shows it. */
  public record Logged(long id, String decisionPoint, long customerId, Long creditLineId, String strategyId, int strategyVersion,
                       String arm, String segment, String mode, String outcome, Double score, JsonNode reasons, JsonNode trace,
                       long latencyMicros, Instant decidedAt) {}

  public Optional<Logged> find(long id) {
    return jdbc.sql("select * from decision_log where id = ?").param(id).query((rs, n) -> map(rs)).optional();
  }

  public List<Logged> ofCustomer(long customerId, int limit) {
    return jdbc.sql("select * from decision_log where customer_id = ? order by id desc limit ?").params(customerId, limit)
        .query((rs, n) -> map(rs)).list();
  }

  private Logged map(java.sql.ResultSet rs) throws java.sql.SQLException {
    long line = rs.getLong("credit_line_id");
    Long lineId = rs.wasNull() ? null : line;
    double score = rs.getDouble("score");
    Double s = rs.wasNull() ? null : score;
    return new Logged(rs.getLong("id"), rs.getString("decision_point"), rs.getLong("customer_id"), lineId, rs.getString("strategy_id"),
        rs.getInt("strategy_version"), rs.getString("arm"), rs.getString("segment"), rs.getString("mode"), rs.getString("outcome"), s,
        json.readTree(rs.getString("reasons")), json.readTree(rs.getString("trace")), rs.getLong("latency_micros"),
        rs.getTimestamp("decided_at").toInstant());
  }

  /** JSON has no NaN: a missing value is written as null. */
  private static Map<String, Double> finite(Map<String, Double> values) {
    Map<String, Double> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, v == null || v.isNaN() || v.isInfinite() ? null : v));
    return out;
  }
}
