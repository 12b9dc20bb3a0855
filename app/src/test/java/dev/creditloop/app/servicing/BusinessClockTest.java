package dev.creditloop.app.servicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The book's timeline never runs back, whatever the wall clock does around midnight. */
class BusinessClockTest {

  private static final ZoneId SHANGHAI = BusinessClock.ZONE;
  private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

  /** A wall clock the test moves. */
  private final AtomicReference<Instant> wall = new AtomicReference<>();

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return Clock.fixed(wall.get(), zone);
        }

        @Override
        public Instant instant() {
          return wall.get();
        }
      };

  private final BusinessClock businessClock = new BusinessClock(null, clock, "");

  private void wallAt(LocalDate date, int hour, int minute) {
    wall.set(date.atTime(hour, minute).atZone(SHANGHAI).toInstant());
  }

  @Test
  void onTheBusinessDayTheWallClocksTimeOfDay() {
    wallAt(DAY, 14, 30);
    assertThat(businessClock.at(DAY)).isEqualTo(DAY.atTime(14, 30).atZone(SHANGHAI).toInstant());
  }

  @Test
  void pastMidnightBeforeTheCloseTheDayIsAtItsEndNotItsStart() {
    wallAt(DAY, 23, 59);
    Instant before = businessClock.at(DAY);
    wallAt(DAY.plusDays(1), 0, 5);
    Instant after = businessClock.at(DAY);
    assertThat(after).isAfter(before);
    assertThat(after).isEqualTo(BusinessClock.endOf(DAY).minusMillis(1));
    assertThat(after).isBefore(BusinessClock.endOf(DAY));
  }

  @Test
  void aDayAheadOfTheWallDoesNotRunBackWhenTheWallWraps() {
    LocalDate ahead = DAY.plusDays(30);
    wallAt(DAY, 23, 50);
    Instant late = businessClock.at(ahead);
    wallAt(DAY.plusDays(1), 0, 10);
    assertThat(businessClock.at(ahead)).isEqualTo(late);
    // the next business day starts afresh at the wall's time of day
    assertThat(businessClock.at(ahead.plusDays(1)))
        .isEqualTo(ahead.plusDays(1).atTime(0, 10).atZone(SHANGHAI).toInstant());
  }

  @Test
  void noInstantBeforeTheNewestStoredEvent() {
    Instant event = DAY.atTime(20, 0).atZone(SHANGHAI).toInstant();
    businessClock.notBefore(event);
    wallAt(DAY, 9, 0);
    assertThat(businessClock.at(DAY)).isEqualTo(event);
    wallAt(DAY, 21, 0);
    assertThat(businessClock.at(DAY)).isEqualTo(DAY.atTime(21, 0).atZone(SHANGHAI).toInstant());
  }

  @Test
  void aFixedTimeOfDayIsTakenAsGiven() {
    BusinessClock fixed = new BusinessClock(null, clock, "03:10");
    fixed.notBefore(DAY.atTime(20, 0).atZone(SHANGHAI).toInstant());
    wallAt(DAY, 23, 0);
    assertThat(fixed.at(DAY)).isEqualTo(DAY.atTime(3, 10).atZone(SHANGHAI).toInstant());
  }

  @Test
  void anEarlierDayIsNotPulledForward() {
    wallAt(DAY, 12, 0);
    businessClock.at(DAY);
    ZonedDateTime noon = DAY.atTime(12, 0).atZone(SHANGHAI);
    assertThat(BusinessClock.onTimeline(DAY.minusDays(1), noon))
        .isEqualTo(BusinessClock.endOf(DAY.minusDays(1)).minusMillis(1));
    assertThat(businessClock.at(DAY.minusDays(1))).isBefore(BusinessClock.endOf(DAY.minusDays(1)));
  }
}
