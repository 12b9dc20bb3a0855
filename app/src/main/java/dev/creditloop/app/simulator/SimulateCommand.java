package dev.creditloop.app.simulator;

import dev.creditloop.app.CreditloopApplication;
import dev.creditloop.app.decisioning.Strategies;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.simulator.SimulationConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar creditloop.jar simulate --customers N --months M --seed S [--shock-month K]
 * [--shock-factor F] [--start YYYY-MM-DD] [spring options]}: simulates a book into the configured
 * (empty) database without starting the web server, then exits.
 */
public final class SimulateCommand {

  static final String USAGE =
      "usage: simulate --customers N --months M --seed S [--shock-month K] [--shock-factor F]"
          + " [--start YYYY-MM-DD] [--strategy ID[:VERSION]] [--spring.datasource.url=...]";

  private SimulateCommand() {}

  /**
   * {@code args} without the leading "simulate". Exits the JVM: 0 done, 1 refused or failed, 2 bad
   * usage.
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    SimulationConfig config;
    String strategy;
    List<String> springArgs = new ArrayList<>();
    try {
      config = parse(args, springArgs);
      strategy = strategyOption(args);
    } catch (IllegalArgumentException e) {
      System.err.println("simulate: " + e.getMessage());
      System.err.println(USAGE);
      return 2;
    }
    ConfigurableApplicationContext context = CreditloopApplication.commandContext(springArgs);
    int status = 0;
    try {
      StrategyJudge judge = null;
      if (strategy != null) {
        Strategies strategies = context.getBean(Strategies.class);
        String[] idVersion = strategy.split(":", 2);
        CompiledStrategy compiled =
            idVersion.length == 2
                ? strategies.compiled(idVersion[0], Integer.parseInt(idVersion[1]))
                : strategies
                    .active(idVersion[0])
                    .orElseThrow(
                        () ->
                            new SimulationRunner.NotEmpty(
                                "strategy "
                                    + idVersion[0]
                                    + " has no active version; give --strategy ID:VERSION"));
        judge = new StrategyJudge(compiled, context.getBean(BehaviourCatalogue.class));
      }
      SimulationRunner runner = context.getBean(SimulationRunner.class);
      if (judge == null) {
        runner.run(config, System.out);
      } else {
        runner.run(config, System.out, judge, judge);
      }
    } catch (SimulationRunner.NotEmpty | dev.creditloop.app.web.ApiProblem e) {
      System.err.println("simulate: refused: " + e.getMessage());
      status = 1;
    }
    SpringApplication.exit(context);
    return status;
  }

  /**
   * The value of {@code --strategy}, or null: a strategy in the loop decides the drawdown requests.
   */
  static String strategyOption(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--strategy")) {
        return value(args, i + 1, "--strategy");
      }
    }
    return null;
  }

  static SimulationConfig parse(String[] args, List<String> springArgs) {
    Integer customers = null;
    Integer months = null;
    Long seed = null;
    int shockMonth = 0;
    double shockFactor = SimulationConfig.DEFAULT_SHOCK_FACTOR;
    LocalDate start = SimulationConfig.DEFAULT_START;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--customers" -> customers = Integer.valueOf(value(args, ++i, a));
        case "--months" -> months = Integer.valueOf(value(args, ++i, a));
        case "--seed" -> seed = Long.valueOf(value(args, ++i, a));
        case "--shock-month" -> shockMonth = Integer.parseInt(value(args, ++i, a));
        case "--shock-factor" -> shockFactor = Double.parseDouble(value(args, ++i, a));
        case "--start" -> start = LocalDate.parse(value(args, ++i, a));
        case "--strategy" -> value(args, ++i, a);
        default -> {
          if (!a.startsWith("--") || !a.contains("=")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          springArgs.add(a);
        }
      }
    }
    if (customers == null || months == null || seed == null) {
      throw new IllegalArgumentException("--customers, --months and --seed are required");
    }
    return new SimulationConfig(customers, months, seed, start, shockMonth, shockFactor);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
