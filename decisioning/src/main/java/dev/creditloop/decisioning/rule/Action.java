package dev.creditloop.decisioning.rule;

/** What a step says about a request, mildest first: the worst one wins. */
public enum Action {
  PASS,
  REVIEW,
  REJECT;

  public Action worst(Action other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
