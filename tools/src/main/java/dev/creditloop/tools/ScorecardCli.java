package dev.creditloop.tools;

import dev.creditloop.app.decisioning.Strategies;
import dev.creditloop.app.decisioning.StrategyException;
import dev.creditloop.scorecard.cli.ScorecardCommand;
import dev.creditloop.simulator.SimulationConfig;
import dev.creditloop.tools.bcard.BehaviourCardBuild;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code creditloop.jar scorecard ...}: the workbench's command line ({@code train}, no server),
 * plus two subcommands that need the rest of creditloop:
 *
 * <ul>
 *   <li>{@code scorecard bcard [--customers 20000] [--months 18] [--seed 42] [--reject-share 0.05]
 *       [--review-share 0.10] [--align-to 560,600 | none] --out DIR}: simulates a book in memory
 *       and builds the behaviour card on it, scaled onto the default strategy's cut-offs unless
 *       told otherwise (see {@link BehaviourCardBuild});
 *   <li>{@code scorecard publish --card FILE [--strategy drawdown-default] [--step bcard]
 *       [--base-version N] [--activate] [spring options]}: publishes a card into a strategy's
 *       scorecard step in the configured database, as a new version. FILE is either the card
 *       ({@code scorecard.json}) or a publish body ({@code publish.json}: the card with cut-offs).
 * </ul>
 */
@Command(
    name = "scorecard",
    mixinStandardHelpOptions = true,
    versionProvider = CreditloopCommand.Version.class,
    description = "The scorecard workbench: train a card, build the B-card, publish a card.",
    subcommands = {ScorecardCli.Train.class, ScorecardCli.Bcard.class, ScorecardCli.Publish.class})
final class ScorecardCli implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: train, bcard or publish");
  }

  /** {@code scorecard train ...}: the workbench's own command line, its options unchanged. */
  @Command(
      name = "train",
      description = {
        "Builds a scorecard from a CSV or ARFF file, without a server.",
        "Its options are the workbench's: run 'scorecard train --help' to list them."
      })
  static final class Train implements Callable<Integer> {

    /** Every argument, in order: the workbench parses them itself. */
    @Unmatched List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
      List<String> args = new ArrayList<>(this.args);
      if (args.contains("--help") || args.contains("-h")) {
        return ScorecardCommand.run(new String[] {"--help"}, System.out, System.err);
      }
      args.add(0, "train");
      return ScorecardCommand.run(args.toArray(String[]::new), System.out, System.err);
    }
  }

  /** {@code scorecard bcard}: the behaviour card on a simulated book, in memory. */
  @Command(
      name = "bcard",
      mixinStandardHelpOptions = true,
      versionProvider = CreditloopCommand.Version.class,
      description = {
        "Simulates a book in memory and builds the behaviour card (B-card) on it, scaled",
        "onto the default strategy's cut-offs unless told otherwise."
      })
  static final class Bcard implements Callable<Integer> {

    @Option(names = "--customers", paramLabel = "N", description = "default 20000")
    int customers = 20000;

    @Option(names = "--months", paramLabel = "M", description = "default 18")
    int months = 18;

    @Option(names = "--seed", paramLabel = "S", description = "default 42")
    long seed = 42;

    @Option(names = "--reject-share", paramLabel = "SHARE", description = "default 0.05")
    double rejectShare = 0.05;

    @Option(names = "--review-share", paramLabel = "SHARE", description = "default 0.10")
    double reviewShare = 0.10;

    @Option(
        names = "--align-to",
        paramLabel = "REJECT,REVIEW|none",
        description = "the cut-offs to scale onto (default 560,600), or none")
    String alignTo;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Override
    public Integer call() {
      return bcard(this, System.out, System.err);
    }
  }

  static int bcard(Bcard o, PrintStream out, PrintStream err) {
    try {
      SimulationConfig config = SimulationConfig.of(o.customers, o.months, o.seed);
      long started = System.nanoTime();
      out.printf(
          "scorecard bcard: simulating %,d customers x %d months, seed %d, in memory%n",
          config.customers(), config.months(), config.seed());
      BehaviourCardBuild.Figures figures =
          BehaviourCardBuild.run(config, o.rejectShare, o.reviewShare, alignTo(o.alignTo), o.out);
      out.print(figures.render());
      out.printf("%.1f s%n", (System.nanoTime() - started) / 1e9);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("scorecard bcard: " + e.getMessage());
      return 2;
    }
  }

  /**
   * {@code none} keeps the workbench's scale; two numbers are the reject and review cut-offs to
   * align to (default 560,600).
   */
  private static BehaviourCardBuild.Cutoffs alignTo(String option) {
    if (option == null) {
      return BehaviourCardBuild.DEFAULT_STRATEGY_CUTOFFS;
    }
    if (option.equals("none")) {
      return null;
    }
    String[] parts = option.split(",");
    if (parts.length != 2) {
      throw new IllegalArgumentException("--align-to takes two cut-offs, e.g. 560,600, or none");
    }
    double reject = Double.parseDouble(parts[0].trim());
    double review = Double.parseDouble(parts[1].trim());
    if (!(review > reject)) {
      throw new IllegalArgumentException(
          "--align-to: the review cut-off must be above the reject cut-off");
    }
    return new BehaviourCardBuild.Cutoffs(reject, review);
  }

  /** {@code scorecard publish}: a card into a strategy's scorecard step, as a new version. */
  @Command(
      name = "publish",
      mixinStandardHelpOptions = true,
      versionProvider = CreditloopCommand.Version.class,
      description = {
        "Publishes a card into a strategy's scorecard step in the configured database, as a new",
        "version. FILE is the card (scorecard.json) or a publish body (publish.json: with",
        "cut-offs). Spring settings pass through as --name=value."
      })
  static final class Publish implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--card", required = true, paramLabel = "FILE", description = "the card")
    Path card;

    @Option(names = "--strategy", paramLabel = "ID", description = "default drawdown-default")
    String strategy = "drawdown-default";

    @Option(names = "--step", paramLabel = "STEP", description = "default bcard")
    String step = "bcard";

    @Option(
        names = "--base-version",
        paramLabel = "N",
        description = "the version to start from (default: the latest)")
    Integer baseVersion;

    @Option(names = "--activate", description = "activate the new version at once")
    boolean activate;

    @Unmatched List<String> unmatched = new ArrayList<>();

    @Override
    public Integer call() {
      return publish(this, SpringSettings.of(spec, unmatched), System.out, System.err);
    }
  }

  static int publish(Publish o, List<String> spring, PrintStream out, PrintStream err) {
    Strategies.CardRelease release;
    try {
      release =
          Strategies.CardRelease.of(
              JsonMapper.builder().build().readTree(Files.readString(o.card)));
    } catch (IllegalArgumentException | IOException | tools.jackson.core.JacksonException e) {
      err.println("scorecard publish: " + e.getMessage());
      return 2;
    }
    String strategy = o.strategy;
    String step = o.step;
    var context = Toolbox.commandContext(spring);
    try {
      Strategies strategies = context.getBean(Strategies.class);
      Strategies.Published p =
          strategies.publishScorecard(
              strategy,
              o.baseVersion,
              step,
              release.cardJson(),
              release.reasonCodes(),
              release.cutoffs(),
              "scorecard publish");
      out.printf(
          "scorecard publish: %s v%d (DRAFT) = v%d with step '%s' from card '%s' (%d characteristics%s)%n",
          strategy,
          p.version().version(),
          p.basedOn(),
          step,
          p.cardName(),
          p.characteristics(),
          p.scaling() == null ? "" : ", " + p.scaling());
      if (o.activate) {
        strategies.activate(strategy, p.version().version());
        out.printf("scorecard publish: %s v%d is now ACTIVE%n", strategy, p.version().version());
      }
      return 0;
    } catch (StrategyException e) {
      err.println("scorecard publish: refused: " + e.getMessage());
      e.issues().forEach(f -> err.println("  " + f.field() + ": " + f.reason()));
      return 1;
    } finally {
      SpringApplication.exit(context);
    }
  }
}
