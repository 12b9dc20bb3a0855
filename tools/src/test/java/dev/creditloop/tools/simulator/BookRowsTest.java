package dev.creditloop.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BookRowsTest {

  @Test
  void paddedNumbersAreWhatStringFormatGives() {
    for (long id : new long[] {0, 1, 42, 99_999_999, 100_000_000, 123_456_789_012_345L}) {
      assertThat(BookRows.zeroPadded("SIM", id, 15)).isEqualTo(String.format("SIM%015d", id));
      assertThat(BookRows.zeroPadded("170", id % 100_000_000, 8))
          .isEqualTo(String.format("170%08d", id % 100_000_000));
    }
  }

  @Test
  void attributesAreWrittenWithTheirKeysInOrder() {
    assertThat(BookRows.json(Map.of("on_time", "true", "days_past_due", "0", "principal", "12.00")))
        .isEqualTo("{\"days_past_due\":\"0\",\"on_time\":\"true\",\"principal\":\"12.00\"}");
    assertThat(BookRows.json(Map.of("by", "strategy"))).isEqualTo("{\"by\":\"strategy\"}");
  }
}
