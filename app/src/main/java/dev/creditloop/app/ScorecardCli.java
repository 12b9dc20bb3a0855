package dev.creditloop.app;

import dev.creditloop.app.bcard.BehaviourCardBuild;
import dev.creditloop.app.decisioning.Strategies;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.scorecard.cli.ScorecardCommand;
import dev.creditloop.simulator.SimulationConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar creditloop.jar scorecard ...}: the workbench's command line ({@code train}, no
 * server), plus two subcommands that need the rest of creditloop:
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
final class ScorecardCli {

  private ScorecardCli() {}

  static int run(String[] args) {
    if (args.length > 0 && args[0].equals("bcard")) {
      return bcard(rest(args), System.out, System.err);
    }
    if (args.length > 0 && args[0].equals("publish")) {
      return publish(rest(args), System.out, System.err);
    }
    return ScorecardCommand.run(args, System.out, System.err);
  }

  private static String[] rest(String[] args) {
    return java.util.Arrays.copyOfRange(args, 1, args.length);
  }

  static final String BCARD_USAGE =
      "usage: scorecard bcard [--customers 20000] [--months 18] [--seed 42] [--reject-share 0.05]"
          + " [--review-share 0.10] [--align-to 560,600 | --align-to none] --out DIR";

  static int bcard(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> o;
    try {
      o =
          options(
              args,
              List.of(
                  "customers", "months", "seed", "reject-share", "review-share", "align-to", "out"),
              null);
      if (!o.containsKey("out")) {
        throw new IllegalArgumentException("--out is required");
      }
      SimulationConfig config =
          SimulationConfig.of(
              Integer.parseInt(o.getOrDefault("customers", "20000")),
              Integer.parseInt(o.getOrDefault("months", "18")),
              Long.parseLong(o.getOrDefault("seed", "42")));
      long started = System.nanoTime();
      out.printf(
          "scorecard bcard: simulating %,d customers x %d months, seed %d, in memory%n",
          config.customers(), config.months(), config.seed());
      BehaviourCardBuild.Figures figures =
          BehaviourCardBuild.run(
              config,
              Double.parseDouble(o.getOrDefault("reject-share", "0.05")),
              Double.parseDouble(o.getOrDefault("review-share", "0.10")),
              alignTo(o.get("align-to")),
              Path.of(o.get("out")));
      out.print(figures.render());
      out.printf("%.1f s%n", (System.nanoTime() - started) / 1e9);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("scorecard bcard: " + e.getMessage());
      err.println(BCARD_USAGE);
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

  static final String PUBLISH_USAGE =
      "usage: scorecard publish --card FILE [--strategy drawdown-default] [--step bcard]"
          + " [--base-version N] [--activate] [--spring.datasource.url=...]";

  static int publish(String[] args, PrintStream out, PrintStream err) {
    List<String> spring = new ArrayList<>();
    Map<String, String> o;
    Strategies.CardRelease release;
    try {
      o = options(args, List.of("card", "strategy", "step", "base-version", "activate"), spring);
      if (!o.containsKey("card")) {
        throw new IllegalArgumentException("--card is required");
      }
      release =
          Strategies.CardRelease.of(
              JsonMapper.builder().build().readTree(Files.readString(Path.of(o.get("card")))));
    } catch (IllegalArgumentException | IOException | tools.jackson.core.JacksonException e) {
      err.println("scorecard publish: " + e.getMessage());
      err.println(PUBLISH_USAGE);
      return 2;
    }
    String strategy = o.getOrDefault("strategy", "drawdown-default");
    String step = o.getOrDefault("step", "bcard");
    var context = CreditloopApplication.commandContext(spring);
    try {
      Strategies strategies = context.getBean(Strategies.class);
      Strategies.Published p =
          strategies.publishScorecard(
              strategy,
              o.containsKey("base-version") ? Integer.valueOf(o.get("base-version")) : null,
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
      if (o.containsKey("activate")) {
        strategies.activate(strategy, p.version().version());
        out.printf("scorecard publish: %s v%d is now ACTIVE%n", strategy, p.version().version());
      }
      return 0;
    } catch (ApiProblem e) {
      err.println("scorecard publish: refused: " + e.getMessage());
      e.fields().forEach(f -> err.println("  " + f.field() + ": " + f.reason()));
      return 1;
    } finally {
      SpringApplication.exit(context);
    }
  }

  /**
   * {@code --name value} options (a flag such as {@code --activate} takes no value); spring options
   * go to {@code spring}.
   */
  private static Map<String, String> options(
      String[] args, List<String> known, List<String> spring) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (spring != null && a.startsWith("--") && a.contains("=")) {
        spring.add(a);
        continue;
      }
      if (!a.startsWith("--") || !known.contains(a.substring(2))) {
        throw new IllegalArgumentException("unknown option " + a);
      }
      if (a.equals("--activate")) {
        o.put("activate", "true");
      } else if (i + 1 < args.length) {
        o.put(a.substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException(a + " needs a value");
      }
    }
    return o;
  }
}
