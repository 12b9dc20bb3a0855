package dev.creditloop.app.scoring;

import dev.creditloop.app.decisioning.BehaviourFeed;
import dev.creditloop.app.decisioning.Strategies;
import dev.creditloop.app.decisioning.persistence.JdbcEventStore;
import dev.creditloop.app.scoring.persistence.JdbcScoringBook;
import dev.creditloop.app.scoring.persistence.JdbcScoringPasses;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.EntityKeys;
import dev.creditloop.decisioning.feature.FeatureStates;
import dev.creditloop.decisioning.feature.PointInTimeFeatures;
import dev.creditloop.decisioning.feature.RequestInputs;
import dev.creditloop.decisioning.scorecard.CompiledScorecard;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.lending.scoring.BehaviourFeatures;
import dev.creditloop.lending.scoring.RunScoringPass;
import dev.creditloop.lending.scoring.ScoringCommand;
import dev.creditloop.lending.scoring.ScoringDefaults;
import dev.creditloop.lending.scoring.ScoringOutcome;
import dev.creditloop.lending.scoring.ScoringStrategies;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Batch scoring as the server runs it: {@link RunScoringPass} wired to the database and the
 * settings, and the runs and score histories read back (a stored score explained through the card
 * that made it). The pass itself and its {@link ScoringOutcome} are the use case's; what an outcome
 * answers over HTTP is the controller's ({@code app.scoring.web.ScoringController}).
 */
@Service
public class ScoringRuns {

  private static final Logger log = LoggerFactory.getLogger(ScoringRuns.class);

  private final RunScoringPass pass;
  private final JdbcScoringPasses passes;
  private final Strategies strategies;

  ScoringRuns(
      JdbcScoringBook book,
      JdbcScoringPasses passes,
      Strategies strategies,
      BehaviourFeed feed,
      JdbcEventStore events,
      BehaviourCatalogue catalogue,
      Clock clock,
      @Value("${creditloop.decisioning.drawdown-strategy:drawdown-default}") String defaultStrategy,
      @Value("${creditloop.scoring.step:bcard}") String defaultStep,
      @Value("${creditloop.scoring.threads:0}") int threads) {
    this.passes = passes;
    this.strategies = strategies;
    this.pass =
        new RunScoringPass(
            book,
            passes,
            new LiveOrRecomputed(feed, new PointInTimeFeatures(catalogue, events), catalogue),
            new ScoringStrategies() {
              @Override
              public Optional<CompiledStrategy> active(String strategyId) {
                return strategies.active(strategyId);
              }

              @Override
              public CompiledStrategy compiled(String strategyId, int version) {
                return strategies.compiled(strategyId, version);
              }
            },
            clock,
            new ScoringDefaults(
                defaultStrategy,
                defaultStep,
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors()));
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

  /**
   * Scores every customer: {@code Scored} with the stored run's id ({@link #get}), {@code
   * AlreadyScored} or {@code Refused}, as the use case answered.
   */
  public ScoringOutcome run(Request request, Progress progress) {
    return pass.run(
        new ScoringCommand(request.asOf(), request.strategyId(), request.version(), request.step()),
        progress::scored);
  }

  /**
   * The monthly batch: scores the book as of the latest closed month end with the defaults unless a
   * finished run already has (see {@link RunScoringPass#scoreLatestMonthEndIfDue}). Empty when
   * there was nothing to do, or when the pass was refused or found the month scored meanwhile
   * (logged).
   */
  public Optional<Run> scoreLatestMonthEndIfDue(Progress progress) {
    return pass.scoreLatestMonthEndIfDue(progress::scored).flatMap(this::monthlyRun);
  }

  private Optional<Run> monthlyRun(ScoringOutcome outcome) {
    if (outcome instanceof ScoringOutcome.Scored scored) {
      return passes.get(scored.runId());
    }
    if (outcome instanceof ScoringOutcome.Refused refused) {
      log.warn(
          "monthly scoring refused ({}, {}): {}",
          refused.code(),
          refused.field(),
          refused.reason());
    } else {
      log.info("monthly scoring: {}", ((ScoringOutcome.AlreadyScored) outcome).reason());
    }
    return Optional.empty();
  }

  public Optional<Run> get(long id) {
    return passes.get(id);
  }

  public List<Run> list() {
    return passes.list();
  }

  /** The customer's scores, newest as-of first, from DONE runs only. */
  public List<CustomerScore> history(long customerId) {
    Map<String, CompiledScorecard> cards = new HashMap<>();
    return passes.scoresOf(customerId).stream()
        .map(
            s -> {
              CompiledScorecard card =
                  cards.computeIfAbsent(
                      s.strategyId() + "/" + s.strategyVersion() + "/" + s.step(),
                      k ->
                          strategies
                              .compiled(s.strategyId(), s.strategyVersion())
                              .scorecard(s.step())
                              .orElse(null));
              return new CustomerScore(
                  s.runId(),
                  s.asOf(),
                  s.strategyId(),
                  s.strategyVersion(),
                  s.step(),
                  s.score(),
                  s.action(),
                  s.reasons().isEmpty() ? List.of() : List.of(s.reasons().split(",")),
                  explain(card, s.inputs()));
            })
        .toList();
  }

  /** The characteristics of a stored score, read back through the card that made it. */
  private static List<Bin> explain(CompiledScorecard card, String inputs) {
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
   * The features as the drawdown engine would have served them: the live state when the customer
   * has had no event since the instant (and the feed is complete), else recomputed from events.
   */
  private record LiveOrRecomputed(
      BehaviourFeed feed, PointInTimeFeatures pointInTime, BehaviourCatalogue catalogue)
      implements BehaviourFeatures {

    @Override
    public Pass startPass() {
      FeatureStates states = feed.states();
      boolean live = feed.isComplete();
      return new Pass() {
        @Override
        public double[] newFeatureArray() {
          return new double[catalogue.size()];
        }

        @Override
        public boolean fill(EntityKeys keys, Instant asOf, RequestInputs inputs, double[] out) {
          if (live && fillLive(states, keys, asOf, inputs, out)) {
            return false;
          }
          pointInTime.fill(keys, asOf, inputs, out);
          return true;
        }
      };
    }

    /**
     * False when the customer has had events after {@code asOf}: the live state no longer knows it.
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
  }
}
