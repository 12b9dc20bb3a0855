package dev.creditloop.servicing.close;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void anInterruptedWaitStopsTheCloseAndKeepsTheInterrupt() {
    Backoff backoff = Backoff.sleeping(1, 8);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> backoff.pause(3)).isInstanceOf(CloseStopped.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void waitsAreCappedHoweverManyConflictsInARow() {
    assertThatCode(() -> Backoff.sleeping(0, 0).pause(Integer.MAX_VALUE))
        .doesNotThrowAnyException();
    long started = System.nanoTime();
    Backoff.sleeping(1, 5).pause(1_000);
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
  }

  @Test
  void refusesAFirstWaitLongerThanTheCap() {
    assertThatThrownBy(() -> Backoff.sleeping(10, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
