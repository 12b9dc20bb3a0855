package dev.creditloop.app;

import dev.creditloop.app.scoring.ScoringRuns;
import dev.creditloop.app.web.ApiProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * {@code java -jar creditloop.jar score [--as-of YYYY-MM-DD] [--strategy ID] [--version N] [--step
 * bcard] [spring options]}: the batch scoring run (e.g. monthly) on the configured database, with
 * progress. It first rebuilds the live feature state from the stored events, as the server does at
 * start, and prints how long that took apart from the scoring itself.
 */
final class ScoreCli {

  static final String USAGE =
      "usage: score [--as-of YYYY-MM-DD] [--strategy ID] [--version N] [--step bcard] [--spring.datasource.url=...]";

  private ScoreCli() {}

  static int run(String[] args) {
    LocalDate asOf = null;
    String strategy = null;
    Integer version = null;
    String step = null;
    List<String> spring = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.startsWith("--") && a.contains("=")) {
          spring.add(a);
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        switch (a) {
          case "--as-of" -> asOf = LocalDate.parse(args[++i]);
          case "--strategy" -> strategy = args[++i];
          case "--version" -> version = Integer.valueOf(args[++i]);
          case "--step" -> step = args[++i];
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
    } catch (RuntimeException e) {
      System.err.println("score: " + e.getMessage());
      System.err.println(USAGE);
      return 2;
    }
    long started = System.nanoTime();
    var context = CreditloopApplication.commandContext(spring, true);
    try {
      double rebuilt = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "score: started with the feature state rebuilt from stored events in %.1f s%n", rebuilt);
      long t0 = System.nanoTime();
      ScoringRuns.Run run =
          context
              .getBean(ScoringRuns.class)
              .run(
                  new ScoringRuns.Request(asOf, strategy, version, step),
                  (done, total) ->
                      System.out.printf(
                          "score: %,d / %,d customers in %.1f s%n",
                          done, total, (System.nanoTime() - t0) / 1e9));
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
    } catch (ApiProblem e) {
      System.err.println("score: refused: " + e.getMessage());
      return 1;
    } finally {
      SpringApplication.exit(context);
    }
  }
}
