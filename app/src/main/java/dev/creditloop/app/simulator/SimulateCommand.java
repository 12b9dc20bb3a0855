package dev.creditloop.app.simulator;

import dev.creditloop.app.CreditloopApplication;
import dev.creditloop.simulator.SimulationConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar creditloop.jar simulate --customers N --months M --seed S [--shock-month K]
 * [--shock-factor F] [--start YYYY-MM-DD] [spring options]}: simulates a book into the configured (empty)
 * database without starting the web server, then exits.
 */
public final class SimulateCommand {

  static final String USAGE = "usage: simulate --customers N --months M --seed S [--shock-month K] [--shock-factor F]"
      + " [--start YYYY-MM-DD] [--spring.datasource.url=...]";

  private SimulateCommand() {}

  /** {@code args} without the leading "simulate". Exits the JVM: 0 done, 1 refused or failed, 2 bad usage. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    SimulationConfig config;
    List<String> springArgs = new ArrayList<>();
    try {
      config = parse(args, springArgs);
    } catch (IllegalArgumentException e) {
      System.err.println("simulate: " + e.getMessage());
      System.err.println(USAGE);
      return 2;
    }
    ConfigurableApplicationContext context = CreditloopApplication.commandContext(springArgs);
    int status = 0;
    try {
      context.getBean(SimulationRunner.class).run(config, System.out);
    } catch (SimulationRunner.NotEmpty e) {
      System.err.println("simulate: refused: " + e.getMessage());
      status = 1;
    }
    SpringApplication.exit(context);
    return status;
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
