package dev.creditloop.tools.simulator;

import dev.creditloop.app.decisioning.Strategies;
import dev.creditloop.app.decisioning.StrategyException;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.simulator.SimulationConfig;
import dev.creditloop.tools.CreditloopCommand;
import dev.creditloop.tools.SpringSettings;
import dev.creditloop.tools.Toolbox;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code creditloop.jar simulate --customers N --months M --seed S [--shock-month K]
 * [--shock-factor F] [--start YYYY-MM-DD] [--strategy ID[:VERSION]] [spring options]}: simulates a
 * book into the configured (empty) database without starting the web server, then exits.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    versionProvider = CreditloopCommand.Version.class,
    description = {
      "Simulates a book with ground truth into the configured, empty database.",
      "Spring settings pass through as --name=value (e.g. --spring.datasource.url=...)."
    })
public final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--customers", required = true, paramLabel = "N", description = "customers")
  int customers;

  @Option(names = "--months", required = true, paramLabel = "M", description = "months simulated")
  int months;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "random seed")
  long seed;

  @Option(
      names = "--shock-month",
      paramLabel = "K",
      description = "the month a credit shock starts, 0 for none (default 0)")
  int shockMonth;

  @Option(
      names = "--shock-factor",
      paramLabel = "F",
      description = "how much the shock multiplies default propensity (default 3.0)")
  double shockFactor = SimulationConfig.DEFAULT_SHOCK_FACTOR;

  @Option(
      names = "--start",
      paramLabel = "YYYY-MM-DD",
      description = "the first simulated day (default 2025-06-01)")
  LocalDate start = SimulationConfig.DEFAULT_START;

  @Option(
      names = "--strategy",
      paramLabel = "ID[:VERSION]",
      description = "a strategy decides the drawdown requests (its active version unless given)")
  String strategy;

  @Unmatched List<String> unmatched = new ArrayList<>();

  @Override
  public Integer call() {
    List<String> springArgs = SpringSettings.of(spec, unmatched);
    SimulationConfig config;
    try {
      config = new SimulationConfig(customers, months, seed, start, shockMonth, shockFactor);
    } catch (IllegalArgumentException e) {
      System.err.println("simulate: " + e.getMessage());
      return 2;
    }
    ConfigurableApplicationContext context = Toolbox.commandContext(springArgs);
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
    } catch (SimulationRunner.NotEmpty | StrategyException e) {
      System.err.println("simulate: refused: " + e.getMessage());
      status = 1;
    }
    SpringApplication.exit(context);
    return status;
  }
}
