package dev.creditloop.app;

import dev.creditloop.scorecard.cli.ScorecardCommand;

/** {@code java -jar creditloop.jar scorecard train ...}: the workbench's command line, no server. */
final class ScorecardCli {
  private ScorecardCli() {}

  static int run(String[] args) {
    return ScorecardCommand.run(args, System.out, System.err);
  }
}
