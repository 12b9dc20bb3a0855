package dev.creditloop.app.decisioning;

import dev.creditloop.app.customer.Customers;
import dev.creditloop.app.decisioning.persistence.DecisionLog;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.FeaturePlan;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.decisioning.strategy.Decision;
import dev.creditloop.decisioning.strategy.DecisionRequest;
import dev.creditloop.decisioning.strategy.Mode;
import dev.creditloop.lending.drawdown.DrawdownGate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The drawdown gate backed by the active drawdown strategy: fills the feature array from the
 * incremental state (plus the request and the ledger's current days past due), decides, logs the
 * decision with its trace, and answers. A strategy in SHADOW mode is evaluated and logged but does
 * not act: the drawdown is approved.
 */
@Component
class StrategyDrawdownGate implements DrawdownGate {

  private final Strategies strategies;
  private final BehaviourFeed feed;
  private final Customers customers;
  private final DecisionLog log;
  private final BehaviourCatalogue catalogue;

  StrategyDrawdownGate(
      Strategies strategies,
      BehaviourFeed feed,
      Customers customers,
      DecisionLog log,
      BehaviourCatalogue catalogue) {
    this.strategies = strategies;
    this.feed = feed;
    this.customers = customers;
    this.log = log;
    this.catalogue = catalogue;
  }

  /** A strategy and the features its decisions read, as the catalogue evaluates them. */
  private record Planned(CompiledStrategy strategy, FeaturePlan plan) {}

  /** The active strategy's plan, made again when another strategy is active (rarely). */
  private volatile Planned planned;

  /**
   * The features {@code strategy} can read and what they derive from: a dozen of the catalogue's
   * hundred for the default strategy, and all a fill needs to compute (the rest stay missing, and
   * no decision of this strategy reads them).
   */
  private FeaturePlan planFor(CompiledStrategy strategy) {
    Planned p = planned;
    if (p == null || p.strategy() != strategy) {
      p = new Planned(strategy, catalogue.plan(strategy.reads()));
      planned = p;
    }
    return p.plan();
  }

  @Override
  public Verdict assess(Request r) {
    Optional<CompiledStrategy> strategy = strategies.drawdownStrategy();
    if (strategy.isEmpty()) {
      return Verdict.approveWithoutDecision();
    }
    long customerId = r.customerId();
    Customers.ListKeys customer = customers.listKeys(customerId).orElseThrow();
    double[] features = catalogue.newFeatureArray();
    feed.states().fill(r.keys(), r.at(), r.inputs(), features, planFor(strategy.get()));
    Decision d =
        strategy
            .get()
            .decide(
                new DecisionRequest(
                    customerId,
                    customer.idNumber(),
                    customer.phone(),
                    r.deviceId(),
                    r.at(),
                    features));
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("creditLineId", r.creditLineId());
    context.put("amount", r.amount().toPlainString());
    context.put(
        "term",
        r.term() == null ? null : r.term().count() + " " + r.term().unit().name().toLowerCase());
    context.put("deviceId", r.deviceId());
    long decisionId =
        r.precheck()
            ? log.recordLater("DRAWDOWN_PRECHECK", r.creditLineId(), d, r.at(), context)
            : log.record("DRAWDOWN", r.creditLineId(), d, r.at(), context);
    List<Reason> reasons =
        d.reasons().stream().map(x -> new Reason(x.code(), x.message())).toList();
    if (d.mode() == Mode.SHADOW) {
      return new Verdict(Outcome.APPROVE, reasons, decisionId);
    }
    Outcome outcome =
        switch (d.outcome()) {
          case REJECT -> Outcome.REJECT;
          case REVIEW -> Outcome.REVIEW;
          default -> Outcome.APPROVE;
        };
    return new Verdict(outcome, reasons, decisionId);
  }
}
