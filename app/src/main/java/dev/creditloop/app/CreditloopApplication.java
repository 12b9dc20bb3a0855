package dev.creditloop.app;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The server, and the command line behind the same jar: {@code java -jar creditloop.jar} serves the
 * API; {@code java -jar creditloop.jar scorecard train ...} builds a scorecard without a server.
 */
@SpringBootApplication
public class CreditloopApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("scorecard")) {
      System.exit(ScorecardCli.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    if (args.length > 1 && args[0].equals("bench") && args[1].equals("close")) {
      benchClose(Arrays.copyOfRange(args, 2, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals("simulate")) {
      dev.creditloop.app.simulator.SimulateCommand.main(Arrays.copyOfRange(args, 1, args.length));
    }
    if (args.length > 0 && args[0].equals("score")) {
      System.exit(ScoreCli.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    if (args.length > 0 && args[0].equals("backtest")) {
      System.exit(BacktestCli.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    if (args.length > 1 && args[0].equals("bench") && args[1].equals("decisions-setup")) {
      benchDecisionsSetup(Arrays.copyOfRange(args, 2, args.length));
      return;
    }
    SpringApplication.run(CreditloopApplication.class, args);
  }

  private static void benchDecisionsSetup(String[] args) {
    int customers = 100_000;
    java.util.List<String> springArgs = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--customers")) {
        customers = Integer.parseInt(args[++i]);
      } else {
        springArgs.add(args[i]);
      }
    }
    var context = commandContext(springArgs);
    context.getBean(dev.creditloop.app.bench.DecisionBookSetup.class).run(customers);
    System.exit(SpringApplication.exit(context));
  }

  /** A Spring context without the web server or the demo book, for commands. */
  public static org.springframework.context.ConfigurableApplicationContext commandContext(
      java.util.List<String> springArgs) {
    return commandContext(springArgs, false);
  }

  /**
   * As {@link #commandContext(java.util.List)}, with the live feature state rebuilt from stored
   * events when asked.
   */
  public static org.springframework.context.ConfigurableApplicationContext commandContext(
      java.util.List<String> springArgs, boolean rebuildFeatures) {
    java.util.List<String> all = new java.util.ArrayList<>(springArgs);
    all.add("--spring.main.web-application-type=none");
    all.add("--creditloop.demo.enabled=false");
    all.add("--creditloop.features.rebuild-on-start=" + rebuildFeatures);
    return SpringApplication.run(CreditloopApplication.class, all.toArray(String[]::new));
  }

  private static void benchClose(String[] args) {
    int loans = 1_000_000;
    int days = 1;
    java.util.List<String> springArgs = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--loans" -> loans = Integer.parseInt(args[++i]);
        case "--days" -> days = Integer.parseInt(args[++i]);
        default -> springArgs.add(args[i]);
      }
    }
    // the benchmark's book starts on a fixed date and closes the days after it, whatever the wall
    // clock says
    if (springArgs.stream().noneMatch(a -> a.startsWith("--creditloop.close.max-days-ahead"))) {
      springArgs.add("--creditloop.close.max-days-ahead=36500");
    }
    var context = commandContext(springArgs);
    context.getBean(dev.creditloop.app.bench.CloseBenchmark.class).run(loans, days);
    System.exit(SpringApplication.exit(context));
  }
}
