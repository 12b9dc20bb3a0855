package dev.creditloop.decisioning.backtest;

import dev.creditloop.decisioning.strategy.Decision;
import dev.creditloop.decisioning.strategy.DecisionTrace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Accumulates decisions into a report; rules get dense indices as they first appear. */
final class Tally {

  private final String strategyId;
  private final int version;
  private long total;
  private final long[] outcomes = new long[3];
  private final long[][] known = new long[3][2];
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final List<String> ruleNames = new ArrayList<>();
  private long[] hits = new long[16];
  private final Map<Long, long[]> pairs = new HashMap<>();

  Tally(String strategyId, int version) {
    this.strategyId = strategyId;
    this.version = version;
  }

  void add(Decision decision, KnownOutcome outcome) {
    total++;
    int o = decision.outcome().ordinal();
    outcomes[o]++;
    if (outcome == KnownOutcome.GOOD) {
      known[o][0]++;
    } else if (outcome == KnownOutcome.BAD) {
      known[o][1]++;
    }
    List<DecisionTrace.RuleHit> ruleHits = decision.trace().ruleHits();
    int[] indices = new int[ruleHits.size()];
    for (int i = 0; i < indices.length; i++) {
      DecisionTrace.RuleHit hit = ruleHits.get(i);
      indices[i] = index(hit.step() + "/" + hit.rule());
      hits[indices[i]]++;
    }
    for (int i = 0; i < indices.length; i++) {
      for (int j = i + 1; j < indices.length; j++) {
        int a = Math.min(indices[i], indices[j]);
        int b = Math.max(indices[i], indices[j]);
        pairs.computeIfAbsent(((long) a << 32) | b, k -> new long[1])[0]++;
      }
    }
  }

  private int index(String rule) {
    Integer index = ruleIndex.get(rule);
    if (index == null) {
      index = ruleNames.size();
      ruleIndex.put(rule, index);
      ruleNames.add(rule);
      if (index == hits.length) {
        hits = java.util.Arrays.copyOf(hits, hits.length * 2);
      }
    }
    return index;
  }

  BacktestReport report() {
    List<BacktestReport.RuleStat> rules = new ArrayList<>();
    for (int i = 0; i < ruleNames.size(); i++) {
      rules.add(new BacktestReport.RuleStat(ruleNames.get(i), hits[i], (double) hits[i] / total));
    }
    rules.sort(
        Comparator.comparingLong(BacktestReport.RuleStat::hits)
            .reversed()
            .thenComparing(BacktestReport.RuleStat::rule));
    List<BacktestReport.RuleOverlap> overlaps = new ArrayList<>();
    for (Map.Entry<Long, long[]> e : pairs.entrySet()) {
      int a = (int) (e.getKey() >>> 32);
      int b = (int) (long) e.getKey();
      long both = e.getValue()[0];
      long either = hits[a] + hits[b] - both;
      String first = ruleNames.get(a);
      String second = ruleNames.get(b);
      if (first.compareTo(second) > 0) {
        String swap = first;
        first = second;
        second = swap;
      }
      overlaps.add(new BacktestReport.RuleOverlap(first, second, both, (double) both / either));
    }
    overlaps.sort(
        Comparator.comparingLong(BacktestReport.RuleOverlap::both)
            .reversed()
            .thenComparing(
                Comparator.comparingDouble(BacktestReport.RuleOverlap::jaccard).reversed())
            .thenComparing(BacktestReport.RuleOverlap::first)
            .thenComparing(BacktestReport.RuleOverlap::second));
    return new BacktestReport(
        strategyId,
        version,
        total,
        outcomes[0],
        outcomes[1],
        outcomes[2],
        List.copyOf(rules),
        List.copyOf(overlaps),
        counts(0),
        counts(1),
        counts(2));
  }

  private BacktestReport.OutcomeCounts counts(int outcome) {
    return new BacktestReport.OutcomeCounts(known[outcome][0], known[outcome][1]);
  }
}
