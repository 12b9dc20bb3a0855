package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.rule.Action;

/** The decision on a request. */
public enum Outcome {
  APPROVE,
  REVIEW,
  REJECT;

  static Outcome of(Action action) {
    switch (action) {
      case REJECT:
        return REJECT;
      case REVIEW:
        return REVIEW;
      default:
        return APPROVE;
    }
  }
}
