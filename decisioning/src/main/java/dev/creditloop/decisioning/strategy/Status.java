package dev.creditloop.decisioning.strategy;

/** Lifecycle of a strategy version. The allowed moves live here and nowhere else. */
public enum Status {
  DRAFT,
  ACTIVE,
  RETIRED;

  public boolean canBecome(Status next) {
    switch (this) {
      case DRAFT:
        return next == ACTIVE || next == RETIRED;
      case ACTIVE:
        return next == RETIRED;
      default:
        return false;
    }
  }
}
