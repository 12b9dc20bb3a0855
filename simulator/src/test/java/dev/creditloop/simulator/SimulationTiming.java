package dev.creditloop.simulator;

/**
 * Times an in-memory run on one core, with a sink that keeps nothing (the figure is the simulation,
 * not the collections of a test sink). Not a test: run it by hand, see the module's README section.
 *
 * <p>{@code java -cp ... dev.creditloop.simulator.SimulationTiming [customers] [months] [seed]}
 */
public final class SimulationTiming {

  private SimulationTiming() {}

  public static void main(String[] args) {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int months = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    SimulationConfig config = SimulationConfig.of(customers, months, seed);
    long[] counts = new long[3];
    SimulationSink counting =
        new SimulationSink() {
          @Override
          public void day(SimulatedDay day) {
            counts[0] += day.drawdowns().size();
            counts[1] += day.closes().size();
            counts[2] += day.events().size();
          }

          @Override
          public void monthEnded(MonthEnd month) {
            System.out.println(month.line());
          }
        };
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    RealismSummary summary = new Simulation().run(config, counting);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.print(summary.render());
    System.out.printf(
        "%,d customers x %d months: %.2f s wall, %.2f s CPU of the simulating thread"
            + " (%,d drawdowns, %,d loan closes applied, %,d events)%n",
        customers, months, seconds, cpuSeconds, counts[0], counts[1], counts[2]);
  }
}
