package dev.creditloop.scorecard.card;

import java.util.List;

/**
 * A row's score, the attribute each characteristic matched, and the reason codes: the
 * characteristics with the largest point losses against their baseline, largest first.
 */
public record ScoredRow(double score, List<Part> parts, List<ReasonCode> reasons) {

  public ScoredRow {
    parts = List.copyOf(parts);
    reasons = List.copyOf(reasons);
  }

  /** What one characteristic contributed. */
  public record Part(String characteristic, String attribute, double points) {}
}
