package dev.creditloop.benchmarks.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YardstickTest {

  @Test
  void readsTotalAndStealTicksFromTheCpuLine() {
    // user nice system idle iowait irq softirq steal guest guest_nice
    long[] t = Yardstick.ticks("cpu  100 5 50 800 10 1 4 30 20 0");
    assertThat(t[0]).isEqualTo(100 + 5 + 50 + 800 + 10 + 1 + 4 + 30);
    assertThat(t[1]).isEqualTo(30);
  }

  @Test
  void stealIsTheShareOfTicksBetweenTwoReadings() {
    long[] before = Yardstick.ticks("cpu  100 0 0 900 0 0 0 0");
    long[] after = Yardstick.ticks("cpu  150 0 0 1130 0 0 0 20");
    assertThat(Yardstick.stealPercent(before, after)).isEqualTo(100.0 * 20 / 300);
    assertThat(Yardstick.stealPercent(after, after)).isZero();
  }

  @Test
  void refusesALineThatIsNotTheMachinesTotal() {
    assertThatThrownBy(() -> Yardstick.ticks("cpu0 1 2 3 4 5 6 7 8"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theWorkIsTheSameEveryTimeAndTakesMeasurableTime() {
    assertThat(Yardstick.work()).isEqualTo(Yardstick.work());
    assertThat(Yardstick.measure()).isPositive();
    assertThat(Yardstick.line(12.34)).contains("yardstick 12.3 ms");
  }
}
