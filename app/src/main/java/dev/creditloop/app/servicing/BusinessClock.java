package dev.creditloop.app.servicing;

import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Instants on the book's timeline: the business date at the wall clock's time of day
 * (Asia/Shanghai). Drawdowns, repayments and decisions are stamped with it, so behaviour features
 * and the ledger agree even when the business date is not the calendar date (catch-up, simulations,
 * tests).
 *
 * <p>The timeline never runs back, because the live features cannot be asked about an instant
 * before an event they hold. Two cases would: the wall clock passing midnight while the business
 * date stays (the day is over but not yet closed), and a business date ahead of the wall clock
 * whose time of day wraps at midnight. So once the wall-clock date is past the business date, the
 * instant is the day's last but one millisecond (the last is the close's, {@link #endOf}); and no
 * instant is earlier than one already handed out for the same day, nor than the newest stored event
 * (told at start by the behaviour feed, {@link #notBefore}).
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

  /** The latest instant handed out (or told by {@link #notBefore}). */
  private final AtomicReference<Instant> latest = new AtomicReference<>(Instant.MIN);

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
    if (fixedTimeOfDay != null) {
      // chosen by a test or a simulation, which keeps its own timeline in order
      return businessDate.atTime(fixedTimeOfDay).atZone(ZONE).toInstant();
    }
    Instant candidate = onTimeline(businessDate, ZonedDateTime.now(clock.withZone(ZONE)));
    Instant last = latest.getAndAccumulate(candidate, BusinessClock::later);
    return last.isAfter(candidate) && !last.isAfter(endOf(businessDate)) ? last : candidate;
  }

  /** No instant handed out from now on for the same day is earlier than {@code instant}. */
  public void notBefore(Instant instant) {
    latest.accumulateAndGet(instant, BusinessClock::later);
  }

  /** The business date at the wall clock's time of day; the day's end once the wall is past it. */
  static Instant onTimeline(LocalDate businessDate, ZonedDateTime wallNow) {
    if (wallNow.toLocalDate().isAfter(businessDate)) {
      return endOf(businessDate).minusMillis(1);
    }
    return businessDate.atTime(wallNow.toLocalTime()).atZone(ZONE).toInstant();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The last instant of a business day: when the close's events happen. */
  public static Instant endOf(LocalDate businessDate) {
    return businessDate.plusDays(1).atStartOfDay(ZONE).toInstant().minusMillis(1);
  }
}
