package dev.creditloop.app.servicing;

import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.JdbcCreditLines;
import dev.creditloop.app.servicing.persistence.JdbcDelinquencyHistory;
import dev.creditloop.app.servicing.persistence.JdbcJournal;
import dev.creditloop.app.servicing.persistence.JdbcLoans;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.close.CloseBusinessDay;
import dev.creditloop.servicing.close.CloseLimits;
import dev.creditloop.servicing.close.CloseStopped;
import dev.creditloop.servicing.close.DayClosed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily close (日终) over the database: closes business days in order up to a date, each in
 * batches of loans that commit one by one. A loan remembers the last day closed for it, so a close
 * killed halfway is finished by running it again, with nothing posted twice; the business date
 * moves only when a day is complete.
 *
 * <p>A close may be asked to stop: it ends after the day it is on. Shutting the server down stops
 * it sooner, after the batch it is on (the day is finished by the next close).
 */
@Service
public class DailyClose implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DailyClose.class);

  /** How long shutting down waits for a running close to reach its next batch boundary. */
  private static final long SHUTDOWN_WAIT_SECONDS = 25;

  private final BusinessCalendar calendar;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final CloseBusinessDay close;
  private final Clock clock;
  private final CloseLimits limits;
  private final ReentrantLock running = new ReentrantLock();
  private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.IDLE);
  private volatile boolean stopAfterDay;
  private volatile boolean shuttingDown;
  private volatile boolean started;

  /**
   * For tests of a close killed halfway: fail after this many committed batches (negative: never).
   */
  private final AtomicInteger failAfterBatches = new AtomicInteger(-1);

  DailyClose(
      BusinessCalendar calendar,
      JdbcClient jdbc,
      TransactionTemplate tx,
      JdbcLoans loans,
      JdbcCreditLines lines,
      JdbcJournal journal,
      JdbcDelinquencyHistory history,
      ServicingEventSink events,
      Clock clock,
      PenaltyPostingSetting penaltyPosting,
      NonAccrualSetting nonAccrual,
      @Value("${creditloop.close.batch-size:1000}") int batchSize,
      @Value("${creditloop.close.max-days-ahead:0}") int maxDaysAhead,
      @Value("${creditloop.close.max-days-per-call:31}") int maxDaysPerCall) {
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
    this.limits = new CloseLimits(maxDaysAhead, maxDaysPerCall);
    this.close =
        new CloseBusinessDay(
                loans,
                lines,
                journal,
                history,
                events,
                work -> {
                  tx.executeWithoutResult(s -> work.run());
                  if (failAfterBatches.get() >= 0 && failAfterBatches.getAndDecrement() == 0) {
                    throw new SimulatedCrash();
                  }
                })
            .withBatchSize(batchSize)
            .withPenaltyPosting(penaltyPosting.value())
            .withNonAccrualDpd(nonAccrual.dpd())
            .withStopSignal(() -> shuttingDown);
  }

  /** What one closed day did. */
  public record ClosedDay(
      LocalDate day,
      long loansLoaded,
      long loansClosed,
      long entriesPosted,
      long bucketChanges,
      long linesUpdated,
      long millis) {}

  /**
   * What one call closed, and whether it stopped (asked to, or by a shutdown) before {@code until}.
   */
  public record CloseRun(List<ClosedDay> closed, boolean stopped) {}

  /** The running close, if any: the days it was asked for, the day it is on, the days done. */
  public record Progress(
      boolean running,
      LocalDate from,
      LocalDate until,
      LocalDate currentDay,
      int daysDone,
      int daysTotal,
      boolean stopRequested) {
    static final Progress IDLE = new Progress(false, null, null, null, 0, 0, false);
  }

  /**
   * Closes every day from the business date through {@code until} (default: the business date),
   * within {@link CloseLimits}; stops early, between days, when {@link #requestStop} is called.
   */
  public CloseRun closeThrough(LocalDate until) {
    if (!running.tryLock()) {
      throw new ServicingException(
          Problem.DATE_ALREADY_CLOSED, "until", "a close is already running");
    }
    try {
      stopAfterDay = false;
      LocalDate today = calendar.today();
      LocalDate last = until == null ? today : until;
      if (last.isBefore(today)) {
        throw new ServicingException(
            Problem.DATE_ALREADY_CLOSED,
            "until",
            last + " is already closed; the business date is " + today);
      }
      limits.check(today, last, LocalDate.now(clock.withZone(BusinessClock.ZONE)));
      int total = (int) ChronoUnit.DAYS.between(today, last) + 1;
      List<ClosedDay> closed = new ArrayList<>();
      for (LocalDate day = today; !day.isAfter(last); day = day.plusDays(1)) {
        if (stopAfterDay || shuttingDown) {
          log.info(
              "close stopped before {}, as asked: {} of {} day(s) closed",
              day,
              closed.size(),
              total);
          return new CloseRun(closed, true);
        }
        progress.set(new Progress(true, today, last, day, closed.size(), total, false));
        try {
          closed.add(closeDay(day));
        } catch (CloseStopped stopped) {
          log.info(
              "close of {} stopped between batches for the shutdown; the next close finishes it",
              day);
          return new CloseRun(closed, true);
        }
      }
      return new CloseRun(closed, false);
    } finally {
      progress.set(Progress.IDLE);
      running.unlock();
    }
  }

  /** Asks the running close to stop after the day it is on; false when no close is running. */
  public boolean requestStop() {
    if (!running.isLocked()) {
      return false;
    }
    stopAfterDay = true;
    return true;
  }

  /** The running close's progress (not running: {@code running} false). */
  public Progress progress() {
    Progress p = progress.get();
    return p.running()
        ? new Progress(
            true, p.from(), p.until(), p.currentDay(), p.daysDone(), p.daysTotal(), stopAfterDay)
        : p;
  }

  /** The limits on how far one call may close. */
  public CloseLimits limits() {
    return limits;
  }

  private ClosedDay closeDay(LocalDate day) {
    long started = System.nanoTime();
    tx.executeWithoutResult(
        s -> {
          int claimed =
              jdbc.sql("update close_run set status = status where business_date = ?")
                  .param(day)
                  .update();
          if (claimed == 0) {
            jdbc.sql(
                    "insert into close_run (business_date, status, started_at) values (?, 'STARTED', ?)")
                .params(day, Timestamp.from(clock.instant()))
                .update();
          } else {
            log.info("resuming the close of {}", day);
          }
        });
    DayClosed done = close.close(day);
    tx.executeWithoutResult(
        s -> {
          jdbc.sql(
                  "update close_run set status = 'COMPLETED', finished_at = ?, loans_processed = loans_processed + ? where business_date = ?")
              .params(Timestamp.from(clock.instant()), done.loansClosed(), day)
              .update();
          calendar.moveTo(day.plusDays(1));
        });
    long millis = (System.nanoTime() - started) / 1_000_000;
    log.info(
        "closed {}: {} loans loaded, {} closed, {} entries, {} bucket changes, {} lines, {} ms",
        day,
        done.loansLoaded(),
        done.loansClosed(),
        done.entriesPosted(),
        done.bucketChanges(),
        done.linesUpdated(),
        millis);
    return new ClosedDay(
        day,
        done.loansLoaded(),
        done.loansClosed(),
        done.entriesPosted(),
        done.bucketChanges(),
        done.linesUpdated(),
        millis);
  }

  @Override
  public void start() {
    shuttingDown = false;
    started = true;
  }

  /**
   * Shutting down: the running close stops at its next batch boundary, and this waits for it, so
   * the database is not closed under a batch.
   */
  @Override
  public void stop() {
    shuttingDown = true;
    try {
      if (running.tryLock(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
        running.unlock();
      } else {
        log.warn(
            "the close did not reach a batch boundary within {} s of the shutdown",
            SHUTDOWN_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    started = false;
  }

  @Override
  public boolean isRunning() {
    return started;
  }

  /**
   * Stopped before the web server waits for requests in flight, so a close request in flight can
   * end.
   */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE;
  }

  /**
   * Test hook: the close dies after {@code batches} more committed batches, as if the process were
   * killed.
   */
  public void failAfterBatches(int batches) {
    failAfterBatches.set(batches);
  }

  /** Thrown by the test hook in place of a killed process. */
  public static final class SimulatedCrash extends RuntimeException {
    SimulatedCrash() {
      super("simulated crash during the daily close");
    }
  }
}
