package dev.creditloop.app;

import dev.creditloop.app.decisioning.web.BacktestView;
import dev.creditloop.lending.backtest.BacktestCommand;
import dev.creditloop.lending.backtest.BacktestStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar creditloop.jar backtest --strategy ID --version N [--compare M] --from DATE --to
 * DATE [--outcome-days 90] [spring options such as --spring.datasource.url=...]}: a backtest from
 * the command line, with a progress line on long runs, printing the report as JSON.
 */
final class BacktestCli {

  private BacktestCli() {}

  static int run(String[] args) {
    Map<String, String> options = new HashMap<>();
    List<String> spring = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--spring.") || args[i].startsWith("--creditloop.")) {
        spring.add(args[i]);
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        options.put(args[i].substring(2), args[++i]);
      } else {
        System.err.println("backtest: unexpected argument " + args[i]);
        return 2;
      }
    }
    for (String required : List.of("strategy", "version", "from", "to")) {
      if (!options.containsKey(required)) {
        System.err.println(
            "backtest: --"
                + required
                + " is required\n"
                + "usage: backtest --strategy ID --version N [--compare M] --from YYYY-MM-DD --to YYYY-MM-DD [--outcome-days 90]");
        return 2;
      }
    }
    // Standard output carries the report alone, for jq and friends: no banner, no log lines there.
    System.setProperty("logging.threshold.console", "OFF");
    spring.add("--spring.main.banner-mode=off");
    var context = CreditloopApplication.commandContext(spring);
    try {
      BacktestStrategy backtest = context.getBean(BacktestStrategy.class);
      long started = System.nanoTime();
      var report =
          backtest.run(
              new BacktestCommand(
                  options.get("strategy"),
                  Integer.parseInt(options.get("version")),
                  options.containsKey("compare") ? Integer.valueOf(options.get("compare")) : null,
                  LocalDate.parse(options.get("from")),
                  LocalDate.parse(options.get("to")),
                  Integer.parseInt(options.getOrDefault("outcome-days", "90"))),
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
