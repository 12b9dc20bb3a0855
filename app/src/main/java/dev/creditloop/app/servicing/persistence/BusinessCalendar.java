package dev.creditloop.app.servicing.persistence;

import dev.creditloop.app.cache.RarelyChanging;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The business date: the day the book is open for, separate from the wall clock. It starts at the
 * wall-clock date of the first start (Asia/Shanghai) and moves only by closing days.
 *
 * <p>Every request reads it, so it is kept in memory: a close through this instance drops it when
 * the close commits; a close by another instance is seen within {@code creditloop.cache.max-age-ms}
 * (default 1 s). A drawdown does not lock the date (only a close does), so a drawdown dated the day
 * before a close that committed within that second is no new case: a request that read the date
 * just before the commit does the same.
 */
@Repository
public class BusinessCalendar {

  static final ZoneId BOOK_ZONE = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;
  private final Clock clock;
  private final RarelyChanging<LocalDate> today;

  BusinessCalendar(
      JdbcClient jdbc,
      Clock clock,
      @Value("${creditloop.cache.max-age-ms:1000}") long cacheMaxAgeMs) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.today = RarelyChanging.of(Duration.ofMillis(cacheMaxAgeMs), this::read);
  }

  public LocalDate today() {
    return today.get();
  }

  private LocalDate read() {
    return jdbc.sql("select current_date_ from business_calendar where id = 1")
        .query(LocalDate.class)
        .optional()
        .orElseGet(this::initialise);
  }

  /** Reads the date and locks it against a concurrent close until the transaction ends. */
  public LocalDate todayForUpdate() {
    read();
    return jdbc.sql("select current_date_ from business_calendar where id = 1 for update")
        .query(LocalDate.class)
        .single();
  }

  public void moveTo(LocalDate date) {
    today.invalidate();
    jdbc.sql("update business_calendar set current_date_ = ? where id = 1").param(date).update();
  }

  /** Sets the starting date of an empty book (demo data, simulations, tests). */
  public void startAt(LocalDate date) {
    today.invalidate();
    if (jdbc.sql("update business_calendar set current_date_ = ? where id = 1").param(date).update()
        == 0) {
      jdbc.sql("insert into business_calendar (id, current_date_) values (1, ?)")
          .param(date)
          .update();
    }
  }

  private LocalDate initialise() {
    LocalDate start = LocalDate.now(clock.withZone(BOOK_ZONE));
    try {
      jdbc.sql("insert into business_calendar (id, current_date_) values (1, ?)")
          .param(start)
          .update();
    } catch (org.springframework.dao.DuplicateKeyException raced) {
      // another request initialised it first
    }
    return jdbc.sql("select current_date_ from business_calendar where id = 1")
        .query(LocalDate.class)
        .single();
  }
}
