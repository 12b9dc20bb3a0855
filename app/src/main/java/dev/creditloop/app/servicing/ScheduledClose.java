package dev.creditloop.app.servicing;

import dev.creditloop.lending.close.CloseOutcome;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly close as a job, when {@code creditloop.close.cron} is set (e.g. {@code 0 5 0 * * *},
 * five past midnight Asia/Shanghai): closes every business day up to yesterday's calendar date,
 * catching up over missed nights. Off by default; {@code POST /api/v1/business-date/close} always
 * works.
 */
@Configuration
@EnableScheduling
class ScheduledClose {

  private static final Logger log = LoggerFactory.getLogger(ScheduledClose.class);

  private final DailyClose close;
  private final BusinessClock businessClock;
  private final Clock clock;

  ScheduledClose(DailyClose close, BusinessClock businessClock, Clock clock) {
    this.close = close;
    this.businessClock = businessClock;
    this.clock = clock;
  }

  @Scheduled(cron = "${creditloop.close.cron:-}", zone = "Asia/Shanghai")
  void closeThroughYesterday() {
    LocalDate yesterday = LocalDate.now(clock.withZone(BusinessClock.ZONE)).minusDays(1);
    if (businessClock.today().isAfter(yesterday)) {
      return;
    }
    // catching up over many missed nights takes several calls, each within the per-call limit
    int days = 0;
    while (!businessClock.today().isAfter(yesterday)) {
      LocalDate until = close.limits().lastDayOfOneCall(businessClock.today());
      CloseOutcome outcome =
          close.closeThrough(until.isAfter(yesterday) ? yesterday : until).outcome();
      days += outcome.closed().size();
      if (outcome instanceof CloseOutcome.Refused refused) {
        log.warn(
            "nightly close through {} refused after {} day(s) ({}): {}",
            yesterday,
            days,
            refused.field(),
            refused.reason());
        return;
      }
      if (outcome instanceof CloseOutcome.Stopped) {
        log.info("nightly close through {} stopped after {} day(s)", yesterday, days);
        return;
      }
    }
    log.info("nightly close through {}: {} day(s) closed", yesterday, days);
  }
}
