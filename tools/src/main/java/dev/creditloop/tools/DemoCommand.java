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
 * {@code demo}: the server with the demo book and one demo user per role, loaded once into an empty
 * database (the embedded H2 file database under ./data unless told otherwise). The same as {@code
 * serve --demo}.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = CreditloopCommand.Version.class,
    description = {
      "Serves the API and the console on a demo book, with one demo user per role.",
      "The book is loaded once into an empty database (the embedded H2 under ./data by",
      "default). The same as serve --demo. Spring settings pass through as --name=value."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--simulated-customers",
      paramLabel = "N",
      description = "customers of the demo's simulated six-month history (default 2000)")
  Integer simulatedCustomers;

  @Unmatched List<String> unmatched = new ArrayList<>();

  @Override
  public Integer call() {
    ServeCommand serve = new ServeCommand();
    serve.spec = spec;
    serve.demo = true;
    serve.simulatedCustomers = simulatedCustomers;
    serve.unmatched = unmatched;
    return serve.call();
  }
}
