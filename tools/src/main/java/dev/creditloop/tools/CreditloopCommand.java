package dev.creditloop.tools;

import dev.creditloop.tools.bench.BenchCommand;
import dev.creditloop.tools.simulator.SimulateCommand;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The entry point of {@code creditloop.jar}: {@code serve} (the default), {@code demo}, {@code
 * simulate}, {@code bench}, {@code scorecard}, {@code score}, {@code backtest}. Exit codes: 0 done,
 * 1 refused or failed, 2 bad usage.
 */
@Command(
    name = "creditloop",
    mixinStandardHelpOptions = true,
    versionProvider = CreditloopCommand.Version.class,
    description = {
      "Revolving consumer credit: the server and its toolbox.",
      "Without a command: serve. Spring settings pass through as --name=value."
    },
    subcommands = {
      ServeCommand.class,
      DemoCommand.class,
      SimulateCommand.class,
      BenchCommand.class,
      ScorecardCli.class,
      ScoreCli.class,
      BacktestCli.class,
      CommandLine.HelpCommand.class
    })
public final class CreditloopCommand {

  /** The commands that leave a server running when they return. */
  private static final List<String> SERVING = List.of("serve", "demo");

  private CreditloopCommand() {}

  public static void main(String[] args) {
    CommandLine line = commandLine();
    String[] effective = withDefault(args);
    int status = line.execute(effective);
    var parsed = line.getParseResult();
    boolean serving =
        status == 0
            && parsed != null
            && parsed.subcommand() != null
            && SERVING.contains(parsed.subcommand().commandSpec().name());
    if (!serving) {
      System.exit(status);
    }
  }

  /** The command line, ready to execute: picocli's own parsing, {@code @file} expansion off. */
  public static CommandLine commandLine() {
    return new CommandLine(new CreditloopCommand()).setExpandAtFiles(false);
  }

  /**
   * {@code args} with {@code serve} in front when they name no command (no arguments, or options
   * first such as Spring settings), so {@code java -jar creditloop.jar --server.port=9090} serves
   * as it always did.
   */
  static String[] withDefault(String[] args) {
    if (args.length > 0
        && (!args[0].startsWith("--") || List.of("--help", "--version").contains(args[0]))) {
      return args;
    }
    String[] serve = new String[args.length + 1];
    serve[0] = "serve";
    System.arraycopy(args, 0, serve, 1, args.length);
    return serve;
  }

  /** The version from the jar's manifest; a build from the source tree has none. */
  public static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = CreditloopCommand.class.getPackage().getImplementationVersion();
      return new String[] {"creditloop " + (version == null ? "(development build)" : version)};
    }
  }
}
