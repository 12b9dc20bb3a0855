package dev.creditloop.app;

/** Placeholder until the scorecard module lands; replaced by a delegation to it. */
final class ScorecardCli {
  private ScorecardCli() {}

  static int run(String[] args) {
    System.err.println("scorecard: not available in this build");
    return 2;
  }
}
