package dev.creditloop.tools.bench;

import dev.creditloop.tools.CreditloopCommand;
import dev.creditloop.tools.SpringSettings;
import dev.creditloop.tools.Toolbox;
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
 * {@code bench close} and {@code bench decisions-setup}: the setups of the end-to-end benchmarks
 * (docs/figures.md), each in a context without the web server.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = CreditloopCommand.Version.class,
    description = "Benchmark setups on the configured database (docs/figures.md).",
    subcommands = {BenchCommand.Close.class, BenchCommand.DecisionsSetup.class})
public final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "Missing command: close or decisions-setup");
  }

  /** {@code bench close [--loans 1000000] [--days 1]}: the daily-close benchmark. */
  @Command(
      name = "close",
      mixinStandardHelpOptions = true,
      versionProvider = CreditloopCommand.Version.class,
      description = {
        "Loads a book of open loans into the empty database and times the daily close on it.",
        "Spring settings pass through as --name=value."
      })
  static final class Close implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--loans", paramLabel = "N", description = "open loans (default 1000000)")
    int loans = 1_000_000;

    @Option(names = "--days", paramLabel = "D", description = "days closed (default 1)")
    int days = 1;

    @Unmatched List<String> unmatched = new ArrayList<>();

    @Override
    public Integer call() {
      List<String> springArgs = SpringSettings.of(spec, unmatched);
      // the benchmark's book starts on a fixed date and closes the days after it, whatever the
      // wall clock says
      if (springArgs.stream().noneMatch(a -> a.startsWith("--creditloop.close.max-days-ahead"))) {
        springArgs.add("--creditloop.close.max-days-ahead=36500");
      }
      var context = Toolbox.commandContext(springArgs);
      context.getBean(CloseBenchmark.class).run(loans, days);
      return SpringApplication.exit(context);
    }
  }

  /**
   * {@code bench decisions-setup [--customers 100000]}: histories for the HTTP decision benchmark.
   */
  @Command(
      name = "decisions-setup",
      mixinStandardHelpOptions = true,
      versionProvider = CreditloopCommand.Version.class,
      description = {
        "Loads customers with behaviour histories for the HTTP decision benchmark.",
        "Spring settings pass through as --name=value."
      })
  static final class DecisionsSetup implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--customers",
        paramLabel = "N",
        description = "customers with histories (default 100000)")
    int customers = 100_000;

    @Unmatched List<String> unmatched = new ArrayList<>();

    @Override
    public Integer call() {
      var context = Toolbox.commandContext(SpringSettings.of(spec, unmatched));
      context.getBean(DecisionBookSetup.class).run(customers);
      return SpringApplication.exit(context);
    }
  }
}
