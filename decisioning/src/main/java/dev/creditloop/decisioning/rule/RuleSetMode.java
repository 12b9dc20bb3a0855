package dev.creditloop.decisioning.rule;

/** How the hits of a rule set become one action. */
public enum RuleSetMode {
  /** The first rule that holds decides; the rest are not evaluated. */
  FIRST_MATCH,
  /** Every rule is evaluated; the worst action among the hits decides. */
  ALL_MATCH,
  /** Every rule is evaluated; the weights of the hits are summed and compared to thresholds. */
  WEIGHTED
}
