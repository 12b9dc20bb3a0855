package dev.creditloop.app.scoring.persistence;

import dev.creditloop.app.bulk.persistence.BulkTable;
import dev.creditloop.app.scoring.ScoreDrift;
import dev.creditloop.app.scoring.ScoringRuns;
import dev.creditloop.lending.scoring.CardKey;
import dev.creditloop.lending.scoring.ScoredPass;
import dev.creditloop.lending.scoring.ScoringPasses;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scoring runs in {@code scoring_run} (with each DONE run's score distribution, so the next run of
 * the card measures its drift without reading old scores) and their scores in {@code
 * score_history}.
 */
@Repository
public class JdbcScoringPasses implements ScoringPasses {

  private static final Logger log = LoggerFactory.getLogger(JdbcScoringPasses.class);
  private static final int FLUSH_ROWS = 20_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final TransactionTemplate tx;

  JdbcScoringPasses(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.tx = tx;
  }

  /** One stored score: the run, the day, the card, and what it said. */
  public record StoredScore(
      long runId,
      LocalDate asOf,
      String strategyId,
      int strategyVersion,
      String step,
      double score,
      String action,
      String reasons,
      String inputs) {}

  @Override
  public Optional<Long> done(CardKey card, LocalDate asOf) {
    return jdbc
        .sql(
            "select id from scoring_run where strategy_id = ? and strategy_version = ? and step_id = ?"
                + " and as_of = ? and status = 'DONE' order by id")
        .params(card.strategyId(), card.version(), card.step(), asOf)
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }

  @Override
  public Begun begin(CardKey card, LocalDate asOf, Instant at) {
    return tx.execute(
        s -> {
          Optional<Long> earlier = done(card, asOf);
          if (earlier.isPresent()) {
            return new AlreadyScored(earlier.get());
          }
          jdbc.sql(
                  "update scoring_run set status = 'FAILED', failure = 'interrupted; superseded by a later run', finished_at = ?"
                      + " where strategy_id = ? and strategy_version = ? and step_id = ? and as_of = ? and status = 'RUNNING'")
              .params(Timestamp.from(at), card.strategyId(), card.version(), card.step(), asOf)
              .update();
          jdbc.sql(
                  "insert into scoring_run (strategy_id, strategy_version, step_id, as_of, status, started_at)"
                      + " values (?, ?, ?, ?, 'RUNNING', ?)")
              .params(card.strategyId(), card.version(), card.step(), asOf, Timestamp.from(at))
              .update();
          return new Started(
              jdbc.sql(
                      "select max(id) from scoring_run where strategy_id = ? and strategy_version = ? and step_id = ? and as_of = ?")
                  .params(card.strategyId(), card.version(), card.step(), asOf)
                  .query(Long.class)
                  .single());
        });
  }

  @Override
  public void fail(long runId, Instant at, String why) {
    jdbc.sql("update scoring_run set status = 'FAILED', finished_at = ?, failure = ? where id = ?")
        .params(Timestamp.from(at), why.length() <= 512 ? why : why.substring(0, 512), runId)
        .update();
  }

  @Override
  public void finish(long runId, ScoredPass pass, Instant at) {
    ScoreDrift.Distribution distribution =
        ScoreDrift.of(pass.scores(), pass.bins(), pass.scorecard());
    ScoringRuns.Stability stability = pass.size() == 0 ? null : drift(pass, distribution);
    tx.executeWithoutResult(
        status -> {
          try (BulkTable rows =
              new BulkTable(
                  dataSource,
                  "score_history",
                  List.of("run_id", "customer_id", "as_of", "score", "action", "reasons", "inputs"),
                  FLUSH_ROWS)) {
            for (int i = 0; i < pass.size(); i++) {
              rows.add(
                  runId,
                  pass.customers()[i],
                  pass.asOf(),
                  pass.scores()[i],
                  pass.actions()[i].name(),
                  pass.reasons()[i],
                  pass.inputs()[i]);
            }
          }
          jdbc.sql(
                  "update scoring_run set status = 'DONE', customers = ?, recomputed = ?, mean_score = ?, bands = ?, distribution = ?,"
                      + " stability = ?, finished_at = ? where id = ?")
              .params(
                  pass.size(),
                  pass.recomputed(),
                  pass.meanScore(),
                  JSON.writeValueAsString(pass.bands()),
                  JSON.writeValueAsString(distribution),
                  stability == null ? null : JSON.writeValueAsString(stability),
                  Timestamp.from(at),
                  runId)
              .update();
        });
    log.info(
        "scoring run {} as of {}: {} customers ({} recomputed from events)",
        runId,
        pass.asOf(),
        pass.size(),
        pass.recomputed());
  }

  /** Against the latest DONE run of the same card with an earlier as-of day; null for the first. */
  private ScoringRuns.Stability drift(ScoredPass pass, ScoreDrift.Distribution current) {
    CardKey card = pass.card();
    return jdbc
        .sql(
            "select id, as_of, distribution from scoring_run where strategy_id = ? and strategy_version = ?"
                + " and step_id = ? and as_of < ? and status = 'DONE' and customers > 0 and distribution is not null"
                + " order by as_of desc, id desc")
        .params(card.strategyId(), card.version(), card.step(), pass.asOf())
        .query(
            (rs, n) -> {
              ScoreDrift.Distribution reference =
                  JSON.readValue(rs.getString(3), ScoreDrift.Distribution.class);
              Map<String, Object> drift = ScoreDrift.compare(reference, pass.scores(), current);
              @SuppressWarnings("unchecked")
              Map<String, Double> csi = (Map<String, Double>) drift.get("csi");
              return new ScoringRuns.Stability(
                  rs.getLong(1), rs.getDate(2).toLocalDate(), (Double) drift.get("scorePsi"), csi);
            })
        .stream()
        .findFirst()
        .orElse(null);
  }

  public Optional<ScoringRuns.Run> get(long id) {
    return jdbc.sql("select * from scoring_run where id = ?")
        .param(id)
        .query((rs, n) -> run(rs))
        .optional();
  }

  public List<ScoringRuns.Run> list() {
    return jdbc.sql("select * from scoring_run order by id desc").query((rs, n) -> run(rs)).list();
  }

  /** The customer's scores from DONE runs, newest as-of first, then the later run. */
  public List<StoredScore> scoresOf(long customerId) {
    return jdbc.sql(
            "select h.run_id, h.as_of, r.strategy_id, r.strategy_version, r.step_id, h.score, h.action, h.reasons, h.inputs"
                + " from score_history h join scoring_run r on r.id = h.run_id where h.customer_id = ? and r.status = 'DONE'"
                + " order by h.as_of desc, h.run_id desc")
        .param(customerId)
        .query(
            (rs, n) ->
                new StoredScore(
                    rs.getLong(1),
                    rs.getDate(2).toLocalDate(),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getDouble(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9)))
        .list();
  }

  private static ScoringRuns.Run run(ResultSet rs) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    double mean = rs.getDouble("mean_score");
    Double meanScore = rs.wasNull() ? null : mean;
    String stability = rs.getString("stability");
    return new ScoringRuns.Run(
        rs.getLong("id"),
        rs.getString("strategy_id"),
        rs.getInt("strategy_version"),
        rs.getString("step_id"),
        rs.getDate("as_of").toLocalDate(),
        rs.getString("status"),
        rs.getLong("customers"),
        rs.getLong("recomputed"),
        meanScore,
        bands(rs.getString("bands")),
        stability == null ? null : JSON.readValue(stability, ScoringRuns.Stability.class),
        rs.getTimestamp("started_at").toInstant(),
        finished == null ? null : finished.toInstant(),
        rs.getString("failure"));
  }

  private static Map<String, Long> bands(String json) {
    if (json == null) {
      return Map.of();
    }
    Map<String, Long> out = new LinkedHashMap<>();
    JSON.readTree(json).properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }
}
