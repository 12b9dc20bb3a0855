package dev.creditloop.simulator;

/**
 * Port: where a simulated book goes, one day at a time, in day order. Implemented in memory ({@link
 * InMemorySink}) and by the app (the database).
 *
 * <p>Credit lines and loans in the records are the live objects of the simulation: they keep
 * changing until the run ends. A sink that stores them at their final state reads them in {@link
 * #finished(SimulationEnd)}; one that needs them as of a day must snapshot them in {@link
 * #day(SimulatedDay)}.
 */
public interface SimulationSink {

  void day(SimulatedDay day);

  /** After the last day of each calendar month of the run. */
  default void monthEnded(MonthEnd month) {}

  default void finished(SimulationEnd end) {}
}
