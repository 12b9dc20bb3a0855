package dev.creditloop.tools;

import dev.creditloop.app.decisioning.web.BacktestView;
import dev.creditloop.lending.backtest.BacktestCommand;
import dev.creditloop.lending.backtest.BacktestStrategy;
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
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code creditloop.jar backtest --strategy ID --version N [--compare M] --from DATE --to DATE
 * [--outcome-days 90] [spring options such as --spring.datasource.url=...]}: a backtest from the
 * command line, with a progress line on long runs, printing the report as JSON.
 */
@Command(
    name = "backtest",
    description = {
      "Replays a period's drawdown requests through a strategy version, as JSON.",
      "With --compare, through a second version beside it. Spring settings pass through as",
      "--name=value."
    })
final class BacktestCli implements Callable<Integer> {

  @Spec CommandSpec spec;

  // help only: --version is the strategy's version here (creditloop --version prints the program's)
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--strategy", required = true, paramLabel = "ID", description = "the strategy")
  String strategy;

  @Option(names = "--version", required = true, paramLabel = "N", description = "its version")
  int version;

  @Option(names = "--compare", paramLabel = "M", description = "a version to compare with")
  Integer compare;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "first day")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "last day")
  LocalDate to;

  @Option(
      names = "--outcome-days",
      paramLabel = "DAYS",
      description = "the outcome window after each request (default 90)")
  int outcomeDays = 90;

  @Unmatched List<String> unmatched = new ArrayList<>();

  @Override
  public Integer call() {
    List<String> spring = SpringSettings.of(spec, unmatched);
    // Standard output carries the report alone, for jq and friends: no banner, no log lines there.
    System.setProperty("logging.threshold.console", "OFF");
    spring.add("--spring.main.banner-mode=off");
    var context = Toolbox.commandContext(spring);
    try {
      BacktestStrategy backtest = context.getBean(BacktestStrategy.class);
      long started = System.nanoTime();
      var report =
          backtest.run(
              new BacktestCommand(strategy, version, compare, from, to, outcomeDays),
              (done, total) -> {
                if (done == total || done % 1000 == 0) {
                  double secs = (System.nanoTime() - started) / 1e9;
                  System.err.printf(
                      "\rbacktest: %,d / %,d requests (%.0f%%) in %.1f s",
                      done, total, total == 0 ? 100.0 : 100.0 * done / total, secs);
                }
              });
      System.err.println();
      System.out.println(
          JsonMapper.builder()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .build()
              .writeValueAsString(BacktestView.of(report)));
      return 0;
    } catch (RuntimeException e) {
      System.err.println("backtest: " + e.getMessage());
      return 2;
    } finally {
      SpringApplication.exit(context);
    }
  }
}
