package dev.creditloop.app.servicing;

import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Instants on the book's timeline: the business date at the wall clock's time of day
 * (Asia/Shanghai). Drawdowns, repayments and decisions are stamped with it, so behaviour features
 * and the ledger agree even when the business date is not the calendar date (catch-up, simulations,
 * tests).
 */
@Component
public class BusinessClock implements dev.creditloop.lending.port.BusinessCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final BusinessCalendar calendar;
  private final Clock clock;

  /**
   * A fixed time of day for every business instant (simulations, tests of night-time rules); null:
   * the wall clock's.
   */
  private final LocalTime fixedTimeOfDay;

  BusinessClock(
      BusinessCalendar calendar,
      Clock clock,
      @org.springframework.beans.factory.annotation.Value(
              "${creditloop.business-clock.time-of-day:}")
          String timeOfDay) {
    this.calendar = calendar;
    this.clock = clock;
    this.fixedTimeOfDay =
        timeOfDay == null || timeOfDay.isBlank() ? null : LocalTime.parse(timeOfDay);
  }

  public LocalDate today() {
    return calendar.today();
  }

  public Instant now() {
    return at(calendar.today());
  }

  public Instant at(LocalDate businessDate) {
    LocalTime time = fixedTimeOfDay != null ? fixedTimeOfDay : LocalTime.now(clock.withZone(ZONE));
    return businessDate.atTime(time).atZone(ZONE).toInstant();
  }

  /** The last instant of a business day: when the close's events happen. */
  public static Instant endOf(LocalDate businessDate) {
    return businessDate.plusDays(1).atStartOfDay(ZONE).toInstant().minusMillis(1);
  }
}
