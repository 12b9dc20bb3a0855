package dev.creditloop.app.decisioning;

import dev.creditloop.app.decisioning.persistence.JdbcListEntries;
import dev.creditloop.app.decisioning.persistence.JdbcStrategies;
import dev.creditloop.decisioning.expr.DefinitionProblem;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.scorecard.Cutoff;
import dev.creditloop.decisioning.scorecard.ScorecardImport;
import dev.creditloop.decisioning.scorecard.ScorecardImportException;
import dev.creditloop.decisioning.strategy.Compilation;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.decisioning.strategy.DefaultDrawdownStrategy;
import dev.creditloop.decisioning.strategy.ScorecardPublication;
import dev.creditloop.decisioning.strategy.StrategyCompiler;
import dev.creditloop.decisioning.strategy.StrategyDocument;
import dev.creditloop.decisioning.strategy.StrategyDocumentException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Strategy versions: saved only when every expression type-checks against the feature catalogue,
 * activated one at a time per strategy, and kept compiled in memory for the hot path. The drawdown
 * gate runs the active version of the strategy named by {@code
 * creditloop.decisioning.drawdown-strategy}; on an empty database the shipped default strategy is
 * installed and activated.
 *
 * <p>The compiled active versions are kept in memory. An activation through this instance drops the
 * strategy's copy when it commits; every {@code creditloop.cache.max-age-ms} (default 1 s) one
 * query asks which version is active, so an activation by another instance is served within that
 * time (a version's document never changes, so the number is all there is to check).
 */
@Service
public class Strategies {

  private static final Logger log = LoggerFactory.getLogger(Strategies.class);

  private final JdbcStrategies store;
  private final StrategyCompiler compiler;
  private final TransactionTemplate tx;
  private final String drawdownStrategy;
  private final long maxAgeNanos;
  private final Map<String, Active> active = new ConcurrentHashMap<>();
  private final AtomicLong activations = new AtomicLong();

  /**
   * A strategy's compiled active version (null: none), when it was last checked, and the count of
   * activations it was read after.
   */
  private record Active(CompiledStrategy compiled, long checkedAt, long activations) {}

  Strategies(
      JdbcStrategies store,
      BehaviourCatalogue catalogue,
      JdbcListEntries lists,
      TransactionTemplate tx,
      @Value("${creditloop.decisioning.drawdown-strategy:drawdown-default}")
          String drawdownStrategy,
      @Value("${creditloop.cache.max-age-ms:1000}") long cacheMaxAgeMs) {
    this.maxAgeNanos = Duration.ofMillis(cacheMaxAgeMs).toNanos();
    this.store = store;
    this.compiler = new StrategyCompiler(catalogue, lists, store);
    this.tx = tx;
    this.drawdownStrategy = drawdownStrategy;
    if (store.active(drawdownStrategy).isEmpty()
        && drawdownStrategy.equals("drawdown-default")
        && store.get("drawdown-default", 1).isEmpty()) {
      String yaml = DefaultDrawdownStrategy.standardYaml();
      tx.executeWithoutResult(
          s -> {
            save(yaml, "system");
            store.activate("drawdown-default", 1);
          });
      log.info("installed and activated the default drawdown strategy (drawdown-default v1)");
    }
  }

  /** One problem of a refused document: where and why. */
  public record Problem(String path, int line, int column, String cause) {}

  /**
   * Saves a new DRAFT version after compiling it; a document that does not compile is refused with
   * every problem.
   */
  public JdbcStrategies.StoredVersion save(String text, String author) {
    StrategyDocument document;
    try {
      document = StrategyDocument.parse(text);
    } catch (StrategyDocumentException e) {
      throw invalid(e.problems());
    }
    Compilation c = compiler.compile(document);
    if (!c.succeeded()) {
      throw invalid(c.problems());
    }
    CompiledStrategy compiled = c.strategy().orElseThrow();
    if (store.get(compiled.id(), compiled.version()).isPresent()) {
      throw new StrategyException(
          StrategyException.Refusal.VERSION_EXISTS,
          "strategy "
              + compiled.id()
              + " already has version "
              + compiled.version()
              + "; versions are immutable, save a new one",
          List.of(new StrategyException.Issue("version", "already exists")));
    }
    String format = text.stripLeading().startsWith("{") ? "JSON" : "YAML";
    store.insert(compiled.id(), compiled.version(), format, text, author);
    return store.get(compiled.id(), compiled.version()).orElseThrow();
  }

  /**
   * A card to publish with its cut-offs: {@code publish.json} as {@code scorecard bcard} writes it
   * ({@code {"card": ..., "reasonCodes": 3, "cutoffs": [...]}}), or a bare {@code
   * creditloop-scorecard/1} card.
   */
  public record CardRelease(String cardJson, Integer reasonCodes, List<Cutoff> cutoffs) {

    /**
     * @throws IllegalArgumentException for a cut-off action that is not one of PASS, REVIEW, REJECT
     */
    public static CardRelease of(tools.jackson.databind.JsonNode body) {
      tools.jackson.databind.JsonNode card = body.has("card") ? body.get("card") : body;
      List<Cutoff> cutoffs = new java.util.ArrayList<>();
      for (tools.jackson.databind.JsonNode c : body.path("cutoffs")) {
        cutoffs.add(
            new Cutoff(
                c.path("below").asDouble(),
                dev.creditloop.decisioning.rule.Action.valueOf(c.path("action").asString()),
                c.path("reason").asString(),
                c.path("message").isMissingNode() ? null : c.path("message").asString()));
      }
      return new CardRelease(
          card.toString(),
          body.has("reasonCodes") ? body.get("reasonCodes").asInt() : null,
          cutoffs);
    }
  }

  /** What a publication made: the new version and what the card said of itself. */
  public record Published(
      JdbcStrategies.StoredVersion version,
      int basedOn,
      String cardName,
      String scaling,
      int characteristics) {}

  /**
   * Publishes a card exported by the workbench ({@code creditloop-scorecard/1}) into scorecard step
   * {@code stepId} of a strategy, as a new DRAFT version numbered after the highest one; the other
   * steps are those of {@code baseVersion} (default: the active version, else the highest). The new
   * version is compiled like any saved document before it is stored.
   */
  public Published publishScorecard(
      String strategyId,
      Integer baseVersion,
      String stepId,
      String cardJson,
      Integer reasonCodes,
      List<Cutoff> cutoffs,
      String author) {
    return tx.execute(
        s -> {
          List<JdbcStrategies.StoredVersion> versions =
              store.all().stream().filter(v -> v.strategyId().equals(strategyId)).toList();
          if (versions.isEmpty()) {
            throw StrategyException.notFound("strategy", strategyId);
          }
          JdbcStrategies.StoredVersion base =
              baseVersion != null
                  ? store
                      .get(strategyId, baseVersion)
                      .orElseThrow(
                          () ->
                              StrategyException.notFound(
                                  "strategy version", strategyId + " v" + baseVersion))
                  : store.active(strategyId).orElse(versions.get(versions.size() - 1));
          int next =
              versions.stream().mapToInt(JdbcStrategies.StoredVersion::version).max().orElse(0) + 1;
          ScorecardImport.Imported card;
          try {
            card = ScorecardImport.read(cardJson, stepId, reasonCodes, cutoffs);
          } catch (ScorecardImportException e) {
            throw new StrategyException(
                StrategyException.Refusal.SCORECARD_INVALID,
                "the card cannot be served: " + e.problems().size() + " problem(s)",
                e.problems().stream()
                    .map(p -> new StrategyException.Issue("card." + p.path(), p.cause()))
                    .toList());
          }
          StrategyDocument published;
          try {
            published =
                ScorecardPublication.publish(
                    StrategyDocument.parse(base.document()), stepId, card.definition(), next);
          } catch (StrategyDocumentException e) {
            throw new StrategyException(
                StrategyException.Refusal.STEP_UNKNOWN,
                e.problems().get(0).cause(),
                List.of(new StrategyException.Issue("step", e.problems().get(0).cause())));
          }
          JdbcStrategies.StoredVersion saved = save(published.toJson(), author);
          return new Published(
              saved,
              base.version(),
              card.cardName(),
              card.scaling(),
              card.definition().characteristics().size());
        });
  }

  public JdbcStrategies.StoredVersion activate(String id, int version) {
    return tx.execute(
        s -> {
          JdbcStrategies.StoredVersion v =
              store
                  .get(id, version)
                  .orElseThrow(
                      () -> StrategyException.notFound("strategy version", id + " v" + version));
          if (v.status().equals("RETIRED")) {
            throw new StrategyException(
                StrategyException.Refusal.RETIRED,
                "a retired version cannot become active again; save it as a new version",
                List.of());
          }
          store.activate(id, version);
          forgetActiveWhenCommitted(id);
          return store.get(id, version).orElseThrow();
        });
  }

  /** The compiled active version of a strategy, if it has one. */
  public Optional<CompiledStrategy> active(String id) {
    long now = System.nanoTime();
    long seen = activations.get();
    Active cached = active.get(id);
    if (cached != null && cached.activations() == seen && now - cached.checkedAt() < maxAgeNanos) {
      return Optional.ofNullable(cached.compiled());
    }
    Optional<Integer> version = store.activeVersion(id);
    CompiledStrategy compiled;
    if (version.isEmpty()) {
      compiled = null;
    } else if (cached != null
        && cached.activations() == seen
        && cached.compiled() != null
        && cached.compiled().version() == version.get()) {
      compiled = cached.compiled();
    } else {
      compiled = store.get(id, version.get()).map(v -> compile(v.document())).orElse(null);
    }
    // an activation that ran meanwhile may have committed after the read above: keep nothing
    if (activations.get() == seen) {
      active.put(id, new Active(compiled, now, seen));
    }
    return Optional.ofNullable(compiled);
  }

  /** Drops the compiled copy now and again when the activating transaction ends. */
  private void forgetActiveWhenCommitted(String id) {
    activations.incrementAndGet();
    active.remove(id);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              activations.incrementAndGet();
              active.remove(id);
            }
          });
    }
  }

  public Optional<CompiledStrategy> drawdownStrategy() {
    return active(drawdownStrategy);
  }

  public CompiledStrategy compiled(String id, int version) {
    return compile(
        store
            .get(id, version)
            .orElseThrow(() -> StrategyException.notFound("strategy version", id + " v" + version))
            .document());
  }

  private CompiledStrategy compile(String text) {
    try {
      return compiler.compile(StrategyDocument.parse(text)).orElseThrow();
    } catch (StrategyDocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StrategyException invalid(List<DefinitionProblem> problems) {
    List<StrategyException.Issue> issues =
        problems.stream().map(p -> new StrategyException.Issue(p.path(), p.toString())).toList();
    return new StrategyException(
        StrategyException.Refusal.INVALID,
        "the strategy does not compile: " + problems.size() + " problem(s)",
        issues);
  }
}
