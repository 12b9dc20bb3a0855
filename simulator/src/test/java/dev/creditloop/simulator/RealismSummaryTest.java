package dev.creditloop.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealismSummaryTest {

  @Test
  void aSeededYearOf5000CustomersLooksLikeARealBook() {
    RealismSummary summary = new Simulation().run(SimulationConfig.of(5_000, 12, 7L), day -> {});
    System.out.print(summary.render());

    assertThat(summary.outOfRange()).isEmpty();
    assertThat(summary.vintages()).hasSize(12);
    assertThat(summary.customers()).isEqualTo(5_000);
  }

  @Test
  void festivalsBringMoreDrawdowns() {
    List<Integer> perDay = new ArrayList<>();
    List<LocalDate> days = new ArrayList<>();
    new Simulation()
        .run(
            SimulationConfig.of(3_000, 1, 5L),
            day -> {
              perDay.add(day.drawdowns().size());
              days.add(day.date());
            });
    int festival = perDay.get(days.indexOf(LocalDate.of(2025, 6, 18)));
    // the days after, with (almost) the same customers on the book; the need is 3x on the day, but
    // limits drawn in the run-up (1.5x from 15 June) cap what can be drawn
    int after = perDay.get(days.indexOf(LocalDate.of(2025, 6, 19)));
    int later = perDay.get(days.indexOf(LocalDate.of(2025, 6, 20)));
    assertThat(2 * festival).isGreaterThan(3 * (after + later) / 2);
  }

  @Test
  void aShockMonthMultipliesDefaults() {
    long calm = defaultsInMonth(SimulationConfig.of(3_000, 4, 11L), 3);
    long shocked = defaultsInMonth(SimulationConfig.of(3_000, 4, 11L).withShock(3), 3);
    assertThat(shocked).isGreaterThan(2 * calm);
  }

  private static long defaultsInMonth(SimulationConfig config, int month) {
    LocalDate from = config.start().plusMonths(month - 1L);
    LocalDate to = from.plusMonths(1);
    long[] count = {0};
    new Simulation()
        .run(
            config,
            day -> {
              if (!day.date().isBefore(from) && day.date().isBefore(to)) {
                count[0] += day.defaults().stream().filter(t -> !t.fraud()).count();
              }
            });
    return count[0];
  }
}
