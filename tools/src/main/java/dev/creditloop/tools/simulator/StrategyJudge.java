package dev.creditloop.tools.simulator;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.FeatureStates;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.decisioning.strategy.Decision;
import dev.creditloop.decisioning.strategy.DecisionRequest;
import dev.creditloop.lending.drawdown.DrawdownGate;
import dev.creditloop.simulator.SimulatedFeed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A strategy in the simulation's loop: each drawdown request the line could pay out is decided by a
 * compiled strategy version, from features computed incrementally over the simulated events exactly
 * as the server's drawdown gate computes them, with the request itself counted: it is the lending
 * module's {@link DrawdownGate}, fed by the simulation's {@link SimulatedFeed}, and reads the
 * request's keys and inputs as the server's gate does. Before a decision the state takes the
 * customer's events of the day up to the request's instant; the rest of the day (the close
 * included) goes in when the day ends, so no decision sees its future.
 *
 * <p>Read as the drawdown gate would, with two differences stated here: there are no list entries
 * (the simulated book has no lists) and the requested term is not known yet (the simulator picks it
 * after approval), so term features are missing. REVIEW counts as granted: a reviewer in the loop
 * is not simulated. Devices are not named in the keys, as ring members share devices out of time
 * order.
 */
public final class StrategyJudge implements DrawdownGate, SimulatedFeed {

  private final CompiledStrategy strategy;
  private final FeatureStates states;
  private final Map<Long, List<BehaviourEvent>> today = new HashMap<>();
  private final Set<BehaviourEvent> seen =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<String, Long> reasons = new TreeMap<>();
  private final Map<Long, long[]> perCustomer = new HashMap<>();
  private long approved;
  private long reviewed;
  private long rejected;
  private long undecided;

  public StrategyJudge(CompiledStrategy strategy, BehaviourCatalogue catalogue) {
    this.strategy = strategy;
    this.states = FeatureStates.inHeap(catalogue);
  }

  @Override
  public void observe(BehaviourEvent event) {
    today.computeIfAbsent(event.customerId(), id -> new ArrayList<>(8)).add(event);
  }

  @Override
  public Verdict assess(Request request) {
    for (BehaviourEvent e : today.getOrDefault(request.customerId(), List.of())) {
      if (!e.occurredAt().isAfter(request.at()) && seen.add(e)) {
        states.ingest(e);
      }
    }
    double[] features;
    try {
      features = states.features(request.keys(), request.at(), request.inputs());
    } catch (IllegalArgumentException laterEventSeen) {
      // The customer already has an event after this request (a day's events may spill past its
      // midnight); the state cannot go back in time, so the request is granted undecided.
      undecided++;
      return Verdict.approveWithoutDecision();
    }
    Decision d =
        strategy.decide(
            new DecisionRequest(request.customerId(), null, null, null, request.at(), features));
    long[] counts = perCustomer.computeIfAbsent(request.customerId(), id -> new long[2]);
    counts[0]++;
    List<Reason> given = d.reasons().stream().map(r -> new Reason(r.code(), r.message())).toList();
    if (d.outcome() == dev.creditloop.decisioning.strategy.Outcome.REJECT) {
      rejected++;
      counts[1]++;
      for (var r : d.reasons()) {
        reasons.merge(r.code(), 1L, Long::sum);
      }
      return new Verdict(Outcome.REJECT, given, null);
    }
    if (d.outcome() == dev.creditloop.decisioning.strategy.Outcome.REVIEW) {
      reviewed++;
      return new Verdict(Outcome.REVIEW, given, null);
    }
    approved++;
    return new Verdict(Outcome.APPROVE, given, null);
  }

  @Override
  public void dayEnded(List<BehaviourEvent> events) {
    for (BehaviourEvent e : events) {
      if (!seen.contains(e)) {
        states.ingest(e);
      }
    }
    today.clear();
    seen.clear();
  }

  public long approved() {
    return approved;
  }

  public long reviewed() {
    return reviewed;
  }

  public long rejected() {
    return rejected;
  }

  /** Requests granted without a decision: the customer's state had already seen a later event. */
  public long undecided() {
    return undecided;
  }

  /** Rejections by reason code (a rejection may carry several). */
  public Map<String, Long> rejectionReasons() {
    return Map.copyOf(reasons);
  }

  /** Per customer: {requests decided, requests rejected}. */
  public Map<Long, long[]> perCustomer() {
    return perCustomer;
  }

  /** One line for the command's output. */
  public String summary() {
    long all = approved + reviewed + rejected;
    return String.format(
        "strategy %s v%d in the loop: %,d requests decided, %,d approved, %,d reviewed (granted), %,d rejected"
            + " (%.1f%%), %,d granted undecided; rejection reasons %s",
        strategy.id(),
        strategy.version(),
        all,
        approved,
        reviewed,
        rejected,
        all == 0 ? 0 : 100.0 * rejected / all,
        undecided,
        reasons);
  }
}
