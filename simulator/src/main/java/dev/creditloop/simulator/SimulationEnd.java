package dev.creditloop.simulator;

import java.time.LocalDate;
import java.util.List;

/**
 * The end of a run: the last simulated day (the next business date is the day after), the final
 * ground truth of every customer granted a line, in customer id order, and the realism summary.
 */
public record SimulationEnd(LocalDate lastDay, List<GroundTruth> truths, RealismSummary summary) {

  public LocalDate nextBusinessDate() {
    return lastDay.plusDays(1);
  }
}
