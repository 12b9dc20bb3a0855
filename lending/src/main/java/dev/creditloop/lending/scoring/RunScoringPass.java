package dev.creditloop.lending.scoring;

import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.EntityKeys;
import dev.creditloop.decisioning.feature.RequestInputs;
import dev.creditloop.decisioning.rule.Action;
import dev.creditloop.decisioning.scorecard.CompiledScorecard;
import dev.creditloop.decisioning.scorecard.ScoreResult;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a scoring pass: every customer holding a credit line granted by a business day, scored with
 * a strategy's scorecard step as of the close of that day, kept as their score history (the monthly
 * behaviour score, 月度B卡评分). The features are those the drawdown engine would have served at the
 * first instant after that day; {@code current_dpd} is the ledger's days past due as of that day. A
 * pass's scores become visible all at once, when its run is DONE; a failed pass leaves none. One
 * DONE run per day and card (strategy version and step): the same card and day again is refused,
 * with a new version it is a new run.
 */
public final class RunScoringPass {

  /** How often progress is told, in customers. */
  static final int PROGRESS_EVERY = 100_000;

  private final ScoringBook book;
  private final ScoringPasses passes;
  private final BehaviourFeatures features;
  private final ScoringStrategies strategies;
  private final Clock clock;
  private final ScoringDefaults defaults;

  public RunScoringPass(
      ScoringBook book,
      ScoringPasses passes,
      BehaviourFeatures features,
      ScoringStrategies strategies,
      Clock clock,
      ScoringDefaults defaults) {
    this.book = Objects.requireNonNull(book);
    this.passes = Objects.requireNonNull(passes);
    this.features = Objects.requireNonNull(features);
    this.strategies = Objects.requireNonNull(strategies);
    this.clock = Objects.requireNonNull(clock);
    this.defaults = Objects.requireNonNull(defaults);
  }

  /** Scores every customer; a pass that fails marks its run FAILED and throws. */
  public ScoringOutcome run(ScoringCommand command, ScoringProgress progress) {
    LocalDate lastClosed = book.businessDate().minusDays(1);
    LocalDate asOf = command.asOf() == null ? lastClosed : command.asOf();
    if (asOf.isAfter(lastClosed)) {
      return new ScoringOutcome.Refused(
          "as-of-not-closed",
          "asOf",
          "must be a closed business day: the last closed day is " + lastClosed);
    }
    String strategyId = command.strategyId() == null ? defaults.strategyId() : command.strategyId();
    String step = command.step() == null ? defaults.step() : command.step();
    Optional<CompiledStrategy> strategy =
        command.version() == null
            ? strategies.active(strategyId)
            : Optional.of(strategies.compiled(strategyId, command.version()));
    if (strategy.isEmpty()) {
      return new ScoringOutcome.Refused(
          "strategy-not-active",
          "strategyId",
          "strategy " + strategyId + " has no active version; name a version");
    }
    CardKey key = new CardKey(strategyId, strategy.get().version(), step);
    Optional<CompiledScorecard> card = strategy.get().scorecard(step);
    if (card.isEmpty()) {
      return new ScoringOutcome.Refused(
          "scorecard-step-unknown",
          "step",
          strategyId + " v" + key.version() + " has no scorecard step '" + step + "'");
    }
    ScoringPasses.Begun begun = passes.begin(key, asOf, clock.instant());
    if (begun instanceof ScoringPasses.AlreadyScored done) {
      return new ScoringOutcome.AlreadyScored(
          done.runId(), "run " + done.runId() + " already scored " + asOf + " with " + key);
    }
    long runId = ((ScoringPasses.Started) begun).runId();
    try {
      ScoredPass pass = score(key, card.get(), asOf, asOf.equals(lastClosed), progress);
      passes.finish(runId, pass, clock.instant());
      return new ScoringOutcome.Scored(runId, pass.size(), pass.recomputed());
    } catch (RuntimeException e) {
      passes.fail(runId, clock.instant(), String.valueOf(e.getMessage()));
      throw e;
    }
  }

  /**
   * The monthly pass: scores the book as of the latest closed month end with the defaults unless a
   * DONE run already has, so it can run on any schedule after the close and catches up on a missed
   * month. Empty when there was nothing to do (scored already, or no active default strategy with
   * the default step).
   */
  public Optional<ScoringOutcome> scoreLatestMonthEndIfDue(ScoringProgress progress) {
    LocalDate lastClosed = book.businessDate().minusDays(1);
    LocalDate monthEnd =
        lastClosed.plusDays(1).getDayOfMonth() == 1
            ? lastClosed
            : lastClosed.withDayOfMonth(1).minusDays(1);
    Optional<CompiledStrategy> strategy = strategies.active(defaults.strategyId());
    if (strategy.isEmpty() || strategy.get().scorecard(defaults.step()).isEmpty()) {
      return Optional.empty();
    }
    CardKey key = new CardKey(defaults.strategyId(), strategy.get().version(), defaults.step());
    if (passes.done(key, monthEnd).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        run(new ScoringCommand(monthEnd, key.strategyId(), key.version(), key.step()), progress));
  }

  private ScoredPass score(
      CardKey key,
      CompiledScorecard card,
      LocalDate asOfDate,
      boolean lastClosed,
      ScoringProgress progress) {
    Instant asOf = asOfDate.plusDays(1).atStartOfDay(BehaviourCatalogue.ZONE).toInstant();
    List<ScoringBook.Holder> holders = book.holdersAsOf(asOfDate);
    Map<Long, Integer> dpd =
        readsFeature(card, BehaviourCatalogue.CURRENT_DPD)
            ? (lastClosed ? book.daysPastDueNow() : book.daysPastDueAsOf(asOfDate))
            : Map.of();
    int n = holders.size();
    long[] customers = new long[n];
    double[] scores = new double[n];
    Action[] actions = new Action[n];
    String[] reasonCodes = new String[n];
    String[] explained = new String[n];
    int[][] bins = new int[n][];
    BehaviourFeatures.Pass pass = features.startPass();
    AtomicLong done = new AtomicLong();
    AtomicLong recomputed = new AtomicLong();
    int threads = defaults.threads();
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
                  double[] f = pass.newFeatureArray();
                  for (int i = start; i < end; i++) {
                    ScoringBook.Holder holder = holders.get(i);
                    EntityKeys keys =
                        EntityKeys.customer(holder.customerId()).withCreditLine(holder.lineId());
                    RequestInputs inputs =
                        RequestInputs.none()
                            .with(
                                BehaviourCatalogue.CURRENT_DPD,
                                dpd.getOrDefault(holder.customerId(), 0));
                    if (pass.fill(keys, asOf, inputs, f)) {
                      recomputed.incrementAndGet();
                    }
                    ScoreResult r = card.evaluate(f);
                    customers[i] = holder.customerId();
                    scores[i] = r.score();
                    actions[i] = r.action();
                    reasonCodes[i] = reasons(card, r);
                    explained[i] = inputs(card, f, r);
                    bins[i] = r.bins();
                    long d = done.incrementAndGet();
                    if (d % PROGRESS_EVERY == 0) {
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
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re
          ? re
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    if (n % PROGRESS_EVERY != 0 || n == 0) {
      progress.scored(n, n);
    }
    Map<Action, Long> perAction = new EnumMap<>(Action.class);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      perAction.merge(actions[i], 1L, Long::sum);
      sum += scores[i];
    }
    Map<String, Long> bands = new LinkedHashMap<>();
    perAction.forEach((a, count) -> bands.put(a.name(), count));
    return new ScoredPass(
        key,
        card,
        asOfDate,
        customers,
        scores,
        actions,
        reasonCodes,
        explained,
        bins,
        recomputed.get(),
        bands,
        n == 0 ? null : sum / n);
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
    StringBuilder s = new StringBuilder();
    for (int i : top) {
      if (s.length() > 0) {
        s.append(',');
      }
      s.append(card.reasonCode(i));
    }
    return s.toString();
  }

  /** Each characteristic's input and bin, in the card's order. */
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
}
