package dev.creditloop.tools;

import dev.creditloop.app.decisioning.StrategyException;
import dev.creditloop.app.scoring.ScoringRuns;
import dev.creditloop.lending.scoring.ScoringOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code creditloop.jar score [--as-of YYYY-MM-DD] [--strategy ID] [--version N] [--step bcard]
 * [spring options]}: the batch scoring run (e.g. monthly) on the configured database, with
 * progress. It first rebuilds the live feature state from the stored events, as the server does at
 * start, and prints how long that took apart from the scoring itself.
 */
@Command(
    name = "score",
    description = {
      "Scores every customer of the configured database (the monthly batch run).",
      "The scores are kept in the score history. Spring settings pass through as --name=value."
    })
final class ScoreCli implements Callable<Integer> {

  @Spec CommandSpec spec;

  // help only: --version is the strategy's version here (creditloop --version prints the program's)
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "the day scored (default: the last business day)")
  LocalDate asOf;

  @Option(names = "--strategy", paramLabel = "ID", description = "the strategy whose card scores")
  String strategy;

  @Option(names = "--version", paramLabel = "N", description = "its version (default: active)")
  Integer version;

  @Option(names = "--step", paramLabel = "STEP", description = "the scorecard step, e.g. bcard")
  String step;

  @Unmatched List<String> unmatched = new ArrayList<>();

  @Override
  public Integer call() {
    List<String> spring = SpringSettings.of(spec, unmatched);
    long started = System.nanoTime();
    var context = Toolbox.commandContext(spring, true);
    try {
      double rebuilt = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "score: started with the feature state rebuilt from stored events in %.1f s%n", rebuilt);
      long t0 = System.nanoTime();
      ScoringRuns runs = context.getBean(ScoringRuns.class);
      ScoringOutcome outcome =
          runs.run(
              new ScoringRuns.Request(asOf, strategy, version, step),
              (done, total) ->
                  System.out.printf(
                      "score: %,d / %,d customers in %.1f s%n",
                      done, total, (System.nanoTime() - t0) / 1e9));
      if (outcome instanceof ScoringOutcome.Refused refused) {
        System.err.println("score: refused: " + refused.reason());
        return 1;
      }
      if (outcome instanceof ScoringOutcome.AlreadyScored done) {
        System.err.println("score: refused: " + done.reason());
        return 1;
      }
      ScoringRuns.Run run = runs.get(((ScoringOutcome.Scored) outcome).runId()).orElseThrow();
      System.out.printf(
          "score: run %d %s as of %s with %s v%d step %s: %,d customers (%,d recomputed from events), mean %.1f,"
              + " bands %s, in %.1f s%n",
          run.id(),
          run.status(),
          run.asOf(),
          run.strategyId(),
          run.strategyVersion(),
          run.step(),
          run.customers(),
          run.recomputed(),
          run.meanScore() == null ? Double.NaN : run.meanScore(),
          run.bands(),
          (System.nanoTime() - t0) / 1e9);
      if (run.stability() != null) {
        System.out.printf(
            "score: drift against run %d (as of %s): score PSI %.4f, CSI %s%n",
            run.stability().comparedWithRun(),
            run.stability().comparedWithAsOf(),
            run.stability().scorePsi(),
            run.stability().csi());
      }
      return 0;
    } catch (StrategyException e) {
      System.err.println("score: refused: " + e.getMessage());
      return 1;
    } finally {
      SpringApplication.exit(context);
    }
  }
}
