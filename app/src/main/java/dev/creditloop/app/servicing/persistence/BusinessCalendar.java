package dev.creditloop.app.servicing.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The business date: the day the book is open for, separate from the wall clock. It starts at the
 * wall-clock date of the first start (Asia/Shanghai) and moves only by closing days.
 */
@Repository
public class BusinessCalendar {

  static final ZoneId BOOK_ZONE = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;
  private final Clock clock;

  BusinessCalendar(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public LocalDate today() {
    return jdbc.sql("select current_date_ from business_calendar where id = 1")
        .query(LocalDate.class)
        .optional()
        .orElseGet(this::initialise);
  }

  /** Reads the date and locks it against a concurrent close until the transaction ends. */
  public LocalDate todayForUpdate() {
    today();
    return jdbc.sql("select current_date_ from business_calendar where id = 1 for update")
        .query(LocalDate.class)
        .single();
  }

  public void moveTo(LocalDate date) {
    jdbc.sql("update business_calendar set current_date_ = ? where id = 1").param(date).update();
  }

  /** Sets the starting date of an empty book (demo data, simulations, tests). */
  public void startAt(LocalDate date) {
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
