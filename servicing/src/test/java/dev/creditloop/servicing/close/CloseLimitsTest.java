package dev.creditloop.servicing.close;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CloseLimitsTest {

  private static final LocalDate WALL = LocalDate.of(2026, 3, 10);
  private static final CloseLimits PRODUCTION =
      new CloseLimits(CloseLimits.DEFAULT_MAX_DAYS_AHEAD, CloseLimits.DEFAULT_MAX_DAYS_PER_CALL);

  @Test
  void productionClosesUpToTheWallClockDateAndNoFurther() {
    assertThatCode(() -> PRODUCTION.check(WALL.minusDays(3), WALL, WALL))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PRODUCTION.check(WALL, WALL.plusDays(1), WALL))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.CLOSE_TOO_FAR_AHEAD);
              assertThat(e.field()).isEqualTo("until");
            });
  }

  @Test
  void theEndOfTimeIsRefusedWhateverTheDaysAheadAllowed() {
    CloseLimits demo = new CloseLimits(3650, 31);
    assertThatThrownBy(() -> demo.check(WALL, LocalDate.of(9999, 12, 31), WALL))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.CLOSE_TOO_FAR_AHEAD))
        .hasMessageContaining("2036-03-07");
  }

  @Test
  void oneCallClosesAtMostTheDaysPerCall() {
    CloseLimits limits = new CloseLimits(365, 31);
    assertThatCode(() -> limits.check(WALL, WALL.plusDays(30), WALL)).doesNotThrowAnyException();
    assertThatThrownBy(() -> limits.check(WALL, WALL.plusDays(31), WALL))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_DAYS_TO_CLOSE);
              assertThat(e.field()).isEqualTo("until");
            })
        .hasMessageContaining("32 days");
    assertThat(limits.lastDayOfOneCall(WALL)).isEqualTo(WALL.plusDays(30));
  }

  @Test
  void refusesLimitsThatMakeNoSense() {
    assertThatThrownBy(() -> new CloseLimits(-1, 31)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CloseLimits(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
