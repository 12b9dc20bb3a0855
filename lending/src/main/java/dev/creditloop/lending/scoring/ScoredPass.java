package dev.creditloop.lending.scoring;

import dev.creditloop.decisioning.rule.Action;
import dev.creditloop.decisioning.scorecard.CompiledScorecard;
import java.time.LocalDate;
import java.util.Map;

/**
 * A finished pass, customer by customer in customer order: score, cut-off action, reason codes,
 * each characteristic's input and bin ({@code value:bin;value:bin}, NaN for missing), bins; and
 * what it came to: customers per cut-off action (PASS = above every cut-off), the mean score, how
 * many were recomputed from events.
 */
public record ScoredPass(
    CardKey card,
    CompiledScorecard scorecard,
    LocalDate asOf,
    long[] customers,
    double[] scores,
    Action[] actions,
    String[] reasons,
    String[] inputs,
    int[][] bins,
    long recomputed,
    Map<String, Long> bands,
    Double meanScore) {

  public int size() {
    return customers.length;
  }
}
