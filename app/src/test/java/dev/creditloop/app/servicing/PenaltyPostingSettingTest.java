package dev.creditloop.app.servicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.servicing.close.PenaltyPosting;
import org.junit.jupiter.api.Test;

class PenaltyPostingSettingTest {

  @Test
  void readsBothCadencesAsWrittenInSettings() {
    assertThat(PenaltyPostingSetting.parse("month-end")).isEqualTo(PenaltyPosting.MONTH_END);
    assertThat(PenaltyPostingSetting.parse(" Daily ")).isEqualTo(PenaltyPosting.DAILY);
    assertThat(PenaltyPostingSetting.parse("MONTH_END")).isEqualTo(PenaltyPosting.MONTH_END);
  }

  @Test
  void refusesAnythingElseNamingTheSetting() {
    assertThatThrownBy(() -> PenaltyPostingSetting.parse("weekly"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("creditloop.servicing.penalty-posting")
        .hasMessageContaining("weekly");
  }
}
