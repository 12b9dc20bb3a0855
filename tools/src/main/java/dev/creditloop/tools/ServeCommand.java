package dev.creditloop.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code serve [--demo] [--spring.x=y ...]}: the server (the command when none is given). With
 * {@code --demo}, the demo book and demo users are loaded into an empty database first, as {@code
 * demo} does.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = CreditloopCommand.Version.class,
    description = {
      "Serves the API and the console (the command when none is given).",
      "Spring settings pass through: --spring.datasource.url=..., --server.port=9090."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--demo",
      description = "load the demo book and demo users into an empty database first")
  boolean demo;

  @Option(
      names = "--simulated-customers",
      paramLabel = "N",
      description = "with --demo: customers of the demo's simulated history (default 2000)")
  Integer simulatedCustomers;

  @Unmatched List<String> unmatched = new ArrayList<>();

  @Override
  public Integer call() {
    List<String> spring = SpringSettings.of(spec, unmatched);
    if (demo) {
      spring.add("--creditloop.demo.enabled=true");
      if (simulatedCustomers != null) {
        spring.add("--creditloop.demo.simulated-customers=" + simulatedCustomers);
      }
    }
    Toolbox.serve(spring);
    return 0;
  }
}
