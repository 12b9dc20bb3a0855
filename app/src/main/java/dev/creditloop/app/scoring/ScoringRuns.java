package dev.creditloop.app.scoring;

import dev.creditloop.app.bulk.persistence.BulkTable;
import dev.creditloop.app.decisioning.BehaviourFeed;
import dev.creditloop.app.decisioning.Strategies;
import dev.creditloop.app.decisioning.persistence.JdbcEventStore;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.EntityKeys;
import dev.creditloop.decisioning.feature.FeatureStates;
import dev.creditloop.decisioning.feature.PointInTimeFeatures;
import dev.creditloop.decisioning.feature.RequestInputs;
import dev.creditloop.decisioning.rule.Action;
import dev.creditloop.decisioning.scorecard.CompiledScorecard;
import dev.creditloop.decisioning.scorecard.ScoreResult;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch scoring: every customer holding a credit line granted by a business day, scored with a
 * strategy's scorecard step as of the close of that day, kept in {@code score_history} (the monthly
 * behaviour score, 月度B卡评分). The features are those the drawdown engine would have served at the
 * first instant after that day: read from the live feature state when the customer has had no event
 * since, recomputed from stored events when they have (see {@link PointInTimeFeatures}). {@code
 * current_dpd} is the ledger's days past due as of that day. A run's scores become visible all at
 * once, when the run is DONE; a failed run leaves no scores behind. One DONE run per as-of date,
 * strategy version and step: scoring the same month again with the same card is refused, with a new
 * version it is a new run.
 */
@Service
public class ScoringRuns {

  private static final Logger log = LoggerFactory.getLogger(ScoringRuns.class);
  private static final int FLUSH_ROWS = 20_000;

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final TransactionTemplate tx;
  private final Strategies strategies;
  private final BehaviourFeed feed;
  private final PointInTimeFeatures pointInTime;
  private final BehaviourCatalogue catalogue;
  private final BusinessCalendar calendar;
  private final Clock clock;
  private final String defaultStrategy;
  private final String defaultStep;
  private final int threads;

  ScoringRuns(
      JdbcClient jdbc,
      DataSource dataSource,
      TransactionTemplate tx,
      Strategies strategies,
      BehaviourFeed feed,
      JdbcEventStore events,
      BehaviourCatalogue catalogue,
      BusinessCalendar calendar,
      Clock clock,
      @Value("${creditloop.decisioning.drawdown-strategy:drawdown-default}") String defaultStrategy,
      @Value("${creditloop.scoring.step:bcard}") String defaultStep,
      @Value("${creditloop.scoring.threads:0}") int threads) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.tx = tx;
    this.strategies = strategies;
    this.feed = feed;
    this.pointInTime = new PointInTimeFeatures(catalogue, events);
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.clock = clock;
    this.defaultStrategy = defaultStrategy;
    this.defaultStep = defaultStep;
    this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  /**
   * What to score with and as of when; nulls take the defaults (the last closed day, the drawdown
   * strategy's active version, step bcard).
   */
  public record Request(LocalDate asOf, String strategyId, Integer version, String step) {}

  /** A run as stored. {@code bands}: customers per cut-off action (PASS = above every cut-off). */
  public record Run(
      long id,
      String strategyId,
      int strategyVersion,
      String step,
      LocalDate asOf,
      String status,
      long customers,
      long recomputed,
      Double meanScore,
      Map<String, Long> bands,
      Stability stability,
      Instant startedAt,
      Instant finishedAt,
      String failure) {}

  /**
   * Drift against the previous run of the same card (the latest DONE run of the same strategy
   * version and step with an earlier as-of day): PSI of the score over that run's deciles, CSI per
   * characteristic over the card's bins. Rule of thumb: below 0.1 stable, 0.1 to 0.25 watch, above
   * 0.25 shifted. Null for a card's first run.
   */
  public record Stability(
      long comparedWithRun, LocalDate comparedWithAsOf, double scorePsi, Map<String, Double> csi) {}

  /**
   * One customer's score of one run, explained: each characteristic's input value, bin and points.
   */
  public record CustomerScore(
      long runId,
      LocalDate asOf,
      String strategyId,
      int strategyVersion,
      String step,
      double score,
      String action,
      List<String> reasons,
      List<Bin> characteristics) {}

  /**
   * How one characteristic scored: the feature's value (null = missing), the bin it fell in, its
   * points and the best it had.
   */
  public record Bin(
      String characteristic,
      String feature,
      Double value,
      String bin,
      double points,
      double maxPoints) {}

  /** Reports (customers scored, customers in all) now and then during a run. */
  @FunctionalInterface
  public interface Progress {
    void scored(long done, long total);

    static Progress none() {
      return (done, total) -> {};
    }
  }

  /** Scores every customer; returns the finished run. */
  public Run run(Request request, Progress progress) {
    LocalDate lastClosed = calendar.today().minusDays(1);
    LocalDate asOf = request.asOf() == null ? lastClosed : request.asOf();
    if (asOf.isAfter(lastClosed)) {
      throw ApiProblem.unprocessable(
          "as-of-not-closed",
          "asOf",
          "must be a closed business day: the last closed day is " + lastClosed);
    }
    String strategyId = request.strategyId() == null ? defaultStrategy : request.strategyId();
    String step = request.step() == null ? defaultStep : request.step();
    CompiledStrategy strategy =
        request.version() == null
            ? strategies
                .active(strategyId)
                .orElseThrow(
                    () ->
                        ApiProblem.unprocessable(
                            "strategy-not-active",
                            "strategyId",
                            "strategy " + strategyId + " has no active version; name a version"))
            : strategies.compiled(strategyId, request.version());
    CompiledScorecard card =
        strategy
            .scorecard(step)
            .orElseThrow(
                () ->
                    ApiProblem.unprocessable(
                        "scorecard-step-unknown",
                        "step",
                        strategyId
                            + " v"
                            + strategy.version()
                            + " has no scorecard step '"
                            + step
                            + "'"));

    long runId = start(strategyId, strategy.version(), step, asOf);
    try {
      Scored scored = score(card, asOf, asOf.equals(lastClosed), progress);
      finish(runId, strategyId, strategy.version(), step, asOf, card, scored);
    } catch (RuntimeException e) {
      jdbc.sql(
              "update scoring_run set status = 'FAILED', finished_at = ?, failure = ? where id = ?")
          .params(
              Timestamp.from(clock.instant()), truncate(String.valueOf(e.getMessage()), 512), runId)
          .update();
      throw e;
    }
    return get(runId).orElseThrow();
  }

  /**
   * The monthly batch: scores the book as of the latest closed month end with the defaults (the
   * active drawdown strategy, step {@code creditloop.scoring.step}) unless a finished run already
   * has; so it can run on any schedule after the close and catches up on a missed month. Empty when
   * there was nothing to do.
   */
  public Optional<Run> scoreLatestMonthEndIfDue(Progress progress) {
    LocalDate lastClosed = calendar.today().minusDays(1);
    LocalDate monthEnd =
        lastClosed.plusDays(1).getDayOfMonth() == 1
            ? lastClosed
            : lastClosed.withDayOfMonth(1).minusDays(1);
    Optional<CompiledStrategy> strategy = strategies.active(defaultStrategy);
    if (strategy.isEmpty() || strategy.get().scorecard(defaultStep).isEmpty()) {
      return Optional.empty();
    }
    if (doneRun(defaultStrategy, strategy.get().version(), defaultStep, monthEnd).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        run(
            new Request(monthEnd, defaultStrategy, strategy.get().version(), defaultStep),
            progress));
  }

  /**
   * Refuses a second DONE run of the same card and date; marks one a stopped process left RUNNING
   * as FAILED.
   */
  private long start(String strategyId, int version, String step, LocalDate asOf) {
    return tx.execute(
        s -> {
          Optional<Long> earlier = doneRun(strategyId, version, step, asOf);
          if (earlier.isPresent()) {
            throw ApiProblem.conflict(
                "scoring-run-exists",
                "run "
                    + earlier.get()
                    + " already scored "
                    + asOf
                    + " with "
                    + strategyId
                    + " v"
                    + version
                    + " step "
                    + step);
          }
          // A run left RUNNING by a stopped process wrote no scores (they go in with DONE): say
          // what became of it.
          jdbc.sql(
                  "update scoring_run set status = 'FAILED', failure = 'interrupted; superseded by a later run', finished_at = ?"
                      + " where strategy_id = ? and strategy_version = ? and step_id = ? and as_of = ? and status = 'RUNNING'")
              .params(Timestamp.from(clock.instant()), strategyId, version, step, asOf)
              .update();
          jdbc.sql(
                  "insert into scoring_run (strategy_id, strategy_version, step_id, as_of, status, started_at)"
                      + " values (?, ?, ?, ?, 'RUNNING', ?)")
              .params(strategyId, version, step, asOf, Timestamp.from(clock.instant()))
              .update();
          return jdbc.sql(
                  "select max(id) from scoring_run where strategy_id = ? and strategy_version = ? and step_id = ? and as_of = ?")
              .params(strategyId, version, step, asOf)
              .query(Long.class)
              .single();
        });
  }

  /** The finished run of this card and day, if there is one. */
  private Optional<Long> doneRun(String strategyId, int version, String step, LocalDate asOf) {
    return jdbc
        .sql(
            "select id from scoring_run where strategy_id = ? and strategy_version = ? and step_id = ?"
                + " and as_of = ? and status = 'DONE' order by id")
        .params(strategyId, version, step, asOf)
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }

  /** Every customer's result, in customer order. */
  private record Scored(
      long[] customers,
      double[] scores,
      Action[] actions,
      String[] reasons,
      String[] inputs,
      int[][] bins,
      long recomputed) {}

  private Scored score(
      CompiledScorecard card, LocalDate asOfDate, boolean lastClosed, Progress progress) {
    Instant asOf = asOfDate.plusDays(1).atStartOfDay(BehaviourCatalogue.ZONE).toInstant();
    // The book as of that day: customers holding a line granted by then, each with their most
    // recent
    // such line, whose features join the customer's as at a drawdown.
    List<long[]> rows =
        jdbc.sql(
                "select customer_id, max(id) from credit_line where granted_on <= ? group by customer_id"
                    + " order by customer_id")
            .param(asOfDate)
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .list();
    boolean readsDpd = readsFeature(card, BehaviourCatalogue.CURRENT_DPD);
    Map<Long, Integer> dpd = readsDpd ? (lastClosed ? currentDpd() : dpdAsOf(asOfDate)) : Map.of();
    int n = rows.size();
    long[] customers = new long[n];
    double[] scores = new double[n];
    Action[] actions = new Action[n];
    String[] reasonCodes = new String[n];
    String[] explained = new String[n];
    int[][] bins = new int[n][];
    FeatureStates states = feed.states();
    boolean live = feed.isComplete();
    AtomicLong done = new AtomicLong();
    AtomicLong recomputed = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      int chunk = Math.max(1, (n + threads - 1) / threads);
      for (int from = 0; from < n; from += chunk) {
        int start = from;
        int end = Math.min(n, from + chunk);
        parts.add(
            pool.submit(
                () -> {
                  double[] f = new double[catalogue.size()];
                  for (int i = start; i < end; i++) {
                    long customer = rows.get(i)[0];
                    long line = rows.get(i)[1];
                    EntityKeys keys = EntityKeys.customer(customer).withCreditLine(line);
                    RequestInputs inputs =
                        RequestInputs.none()
                            .with(BehaviourCatalogue.CURRENT_DPD, dpd.getOrDefault(customer, 0));
                    if (!live || !fillLive(states, keys, asOf, inputs, f)) {
                      pointInTime.fill(keys, asOf, inputs, f);
                      recomputed.incrementAndGet();
                    }
                    ScoreResult r = card.evaluate(f);
                    customers[i] = customer;
                    scores[i] = r.score();
                    actions[i] = r.action();
                    reasonCodes[i] = reasons(card, r);
                    explained[i] = inputs(card, f, r);
                    bins[i] = r.bins();
                    long d = done.incrementAndGet();
                    if (d % 100_000 == 0) {
                      progress.scored(d, n);
                    }
                  }
                }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scoring interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re
          ? re
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    if (n % 100_000 != 0) {
      progress.scored(n, n);
    }
    return new Scored(customers, scores, actions, reasonCodes, explained, bins, recomputed.get());
  }

  /**
   * False when the customer has had events after {@code asOf}: the live state no longer knows that
   * instant.
   */
  private static boolean fillLive(
      FeatureStates states, EntityKeys keys, Instant asOf, RequestInputs inputs, double[] out) {
    try {
      states.fill(keys, asOf, inputs, out);
      return true;
    } catch (IllegalArgumentException later) {
      return false;
    }
  }

  private static boolean readsFeature(CompiledScorecard card, String feature) {
    for (int i = 0; i < card.characteristics(); i++) {
      if (card.feature(i).equals(feature)) {
        return true;
      }
    }
    return false;
  }

  private static String reasons(CompiledScorecard card, ScoreResult r) {
    int[] top = card.reasons(r);
    if (top.length == 0) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    for (int i : top) {
      if (s.length() > 0) {
        s.append(',');
      }
      s.append(card.reasonCode(i));
    }
    return s.toString();
  }

  /**
   * Each characteristic's input and bin, in the card's order: {@code value:bin;value:bin}, NaN for
   * missing.
   */
  private static String inputs(CompiledScorecard card, double[] features, ScoreResult r) {
    StringBuilder s = new StringBuilder(16 * card.characteristics());
    for (int i = 0; i < card.characteristics(); i++) {
      if (i > 0) {
        s.append(';');
      }
      s.append(features[card.slot(i)]).append(':').append(r.bins()[i]);
    }
    return s.toString();
  }

  /** The characteristics of a stored score, read back through the card that made it. */
  private List<Bin> explain(CompiledScorecard card, String inputs) {
    if (card == null || inputs.isEmpty()) {
      return List.of();
    }
    String[] parts = inputs.split(";");
    List<Bin> out = new ArrayList<>(parts.length);
    for (int i = 0; i < parts.length && i < card.characteristics(); i++) {
      int colon = parts[i].lastIndexOf(':');
      double value = Double.parseDouble(parts[i].substring(0, colon));
      int bin = Integer.parseInt(parts[i].substring(colon + 1));
      out.add(
          new Bin(
              card.name(i),
              card.feature(i),
              Double.isNaN(value) ? null : value,
              card.binLabel(i, bin),
              card.pointsOf(i, bin),
              card.maxPoints(i)));
    }
    return out;
  }

  /**
   * Days past due per customer now (the last closed day): the largest over open loans, as the
   * drawdown gate reads it.
   */
  private Map<Long, Integer> currentDpd() {
    Map<Long, Integer> out = new HashMap<>();
    jdbc.sql(
            "select customer_id, max(dpd) from loan where status in ('NORMAL', 'OVERDUE') and dpd > 0 group by customer_id")
        .query(
            rs -> {
              out.put(rs.getLong(1), rs.getInt(2));
            });
    return out;
  }

  /**
   * Days past due per customer at the close of an earlier day, from the delinquency history: each
   * loan's last bucket change on or before that day, counted on while the loan stayed overdue. A
   * partial repayment that lowers the days past due within a bucket leaves no history row, so
   * between bucket changes this can overstate; exact at every bucket change.
   */
  private Map<Long, Integer> dpdAsOf(LocalDate day) {
    Map<Long, long[]> lastPerLoan = new HashMap<>();
    jdbc.sql(
            "select l.customer_id, d.loan_id, d.on_date, d.to_bucket, d.dpd from delinquency_event d join loan l on l.id = d.loan_id"
                + " where d.on_date <= ? order by d.loan_id, d.on_date, d.id")
        .param(day)
        .query(
            rs -> {
              long loan = rs.getLong(2);
              boolean current = "M0".equals(rs.getString(4));
              long dpd =
                  current
                      ? 0
                      : rs.getInt(5) + ChronoUnit.DAYS.between(rs.getDate(3).toLocalDate(), day);
              lastPerLoan.put(loan, new long[] {rs.getLong(1), dpd});
            });
    Map<Long, Integer> out = new HashMap<>();
    for (long[] v : lastPerLoan.values()) {
      if (v[1] > 0) {
        out.merge(v[0], (int) v[1], Math::max);
      }
    }
    return out;
  }

  /**
   * Writes the scores and marks the run DONE in one transaction: readers see all of a run or none.
   */
  private void finish(
      long runId,
      String strategyId,
      int version,
      String step,
      LocalDate asOf,
      CompiledScorecard card,
      Scored s) {
    ScoreDrift.Distribution distribution = ScoreDrift.of(s.scores(), s.bins(), card);
    Stability stability =
        jdbc
            .sql(
                "select id, as_of, distribution from scoring_run where strategy_id = ? and strategy_version = ?"
                    + " and step_id = ? and as_of < ? and status = 'DONE' and customers > 0 and distribution is not null"
                    + " order by as_of desc, id desc")
            .params(strategyId, version, step, asOf)
            .query(
                (rs, n) -> {
                  ScoreDrift.Distribution reference =
                      JSON.readValue(rs.getString(3), ScoreDrift.Distribution.class);
                  Map<String, Object> drift =
                      ScoreDrift.compare(reference, s.scores(), distribution);
                  @SuppressWarnings("unchecked")
                  Map<String, Double> csi = (Map<String, Double>) drift.get("csi");
                  return new Stability(
                      rs.getLong(1),
                      rs.getDate(2).toLocalDate(),
                      (Double) drift.get("scorePsi"),
                      csi);
                })
            .stream()
            .filter(x -> s.scores().length > 0)
            .findFirst()
            .orElse(null);
    tx.executeWithoutResult(
        status -> {
          Map<Action, Long> bands = new EnumMap<>(Action.class);
          double sum = 0;
          try (BulkTable rows =
              new BulkTable(
                  dataSource,
                  "score_history",
                  List.of("run_id", "customer_id", "as_of", "score", "action", "reasons", "inputs"),
                  FLUSH_ROWS)) {
            for (int i = 0; i < s.customers().length; i++) {
              rows.add(
                  runId,
                  s.customers()[i],
                  asOf,
                  s.scores()[i],
                  s.actions()[i].name(),
                  s.reasons()[i],
                  s.inputs()[i]);
              bands.merge(s.actions()[i], 1L, Long::sum);
              sum += s.scores()[i];
            }
          }
          Map<String, Long> named = new LinkedHashMap<>();
          bands.forEach((a, count) -> named.put(a.name(), count));
          String bandsJson = JSON.writeValueAsString(named);
          int n = s.customers().length;
          jdbc.sql(
                  "update scoring_run set status = 'DONE', customers = ?, recomputed = ?, mean_score = ?, bands = ?, distribution = ?,"
                      + " stability = ?, finished_at = ? where id = ?")
              .params(
                  n,
                  s.recomputed(),
                  n == 0 ? null : sum / n,
                  bandsJson,
                  JSON.writeValueAsString(distribution),
                  stability == null ? null : JSON.writeValueAsString(stability),
                  Timestamp.from(clock.instant()),
                  runId)
              .update();
        });
    log.info(
        "scoring run {} as of {}: {} customers ({} recomputed from events)",
        runId,
        asOf,
        s.customers().length,
        s.recomputed());
  }

  public Optional<Run> get(long id) {
    return jdbc.sql("select * from scoring_run where id = ?")
        .param(id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  public List<Run> list() {
    return jdbc.sql("select * from scoring_run order by id desc").query((rs, n) -> map(rs)).list();
  }

  /** The customer's scores, newest as-of first, from DONE runs only. */
  public List<CustomerScore> history(long customerId) {
    Map<String, CompiledScorecard> cards = new HashMap<>();
    return jdbc.sql(
            "select h.run_id, h.as_of, r.strategy_id, r.strategy_version, r.step_id, h.score, h.action, h.reasons, h.inputs"
                + " from score_history h join scoring_run r on r.id = h.run_id where h.customer_id = ? and r.status = 'DONE'"
                + " order by h.as_of desc, h.run_id desc")
        .param(customerId)
        .query(
            (rs, n) -> {
              String strategyId = rs.getString(3);
              int version = rs.getInt(4);
              String step = rs.getString(5);
              CompiledScorecard card =
                  cards.computeIfAbsent(
                      strategyId + "/" + version + "/" + step,
                      k -> strategies.compiled(strategyId, version).scorecard(step).orElse(null));
              return new CustomerScore(
                  rs.getLong(1),
                  rs.getDate(2).toLocalDate(),
                  strategyId,
                  version,
                  step,
                  rs.getDouble(6),
                  rs.getString(7),
                  rs.getString(8).isEmpty() ? List.of() : List.of(rs.getString(8).split(",")),
                  explain(card, rs.getString(9)));
            })
        .list();
  }

  private static Run map(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    double mean = rs.getDouble("mean_score");
    Double meanScore = rs.wasNull() ? null : mean;
    return new Run(
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
        stability(rs.getString("stability")),
        rs.getTimestamp("started_at").toInstant(),
        finished == null ? null : finished.toInstant(),
        rs.getString("failure"));
  }

  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();

  private static Stability stability(String json) {
    return json == null ? null : JSON.readValue(json, Stability.class);
  }

  private static Map<String, Long> bands(String json) {
    if (json == null) {
      return Map.of();
    }
    Map<String, Long> out = new LinkedHashMap<>();
    JSON.readTree(json).properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
