package dev.creditloop.app.servicing;

import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.JdbcCloseRuns;
import dev.creditloop.app.servicing.persistence.JdbcCreditLines;
import dev.creditloop.app.servicing.persistence.JdbcDelinquencyHistory;
import dev.creditloop.app.servicing.persistence.JdbcJournal;
import dev.creditloop.app.servicing.persistence.JdbcLoans;
import dev.creditloop.lending.close.BusinessDates;
import dev.creditloop.lending.close.CloseBusinessDays;
import dev.creditloop.lending.close.CloseOutcome;
import dev.creditloop.lending.close.CloseProgress;
import dev.creditloop.lending.close.ClosedDay;
import dev.creditloop.servicing.close.CloseBusinessDay;
import dev.creditloop.servicing.close.CloseLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily close (日终) as the server runs it: {@link CloseBusinessDays} wired to the database
 * adapters and the settings, stopped at a batch boundary when the server shuts down, and logged.
 * The close itself (the days, the limits, progress and stopping) is the use case's.
 */
@Service
public class DailyClose implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DailyClose.class);

  /** How long shutting down waits for a running close to reach its next batch boundary. */
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(25);

  private final CloseBusinessDays close;
  private volatile boolean started;

  /**
   * For tests of a close killed halfway: fail after this many committed batches (negative: never).
   */
  private final AtomicInteger failAfterBatches = new AtomicInteger(-1);

  DailyClose(
      BusinessCalendar calendar,
      JdbcCloseRuns runs,
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
    CloseBusinessDay closeDay =
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
            .withNonAccrualDpd(nonAccrual.dpd());
    BusinessDates dates =
        new BusinessDates() {
          @Override
          public LocalDate today() {
            return calendar.today();
          }

          @Override
          public void moveTo(LocalDate date) {
            calendar.moveTo(date);
          }
        };
    this.close =
        new CloseBusinessDays(
            closeDay,
            dates,
            runs,
            work -> tx.executeWithoutResult(s -> work.run()),
            clock.withZone(BusinessClock.ZONE),
            new CloseLimits(maxDaysAhead, maxDaysPerCall));
  }

  /**
   * What one call came to: the use case's {@link CloseOutcome} (closed, stopped before {@code
   * until}, or refused before anything was closed), with the days it closed and whether it stopped.
   */
  public record CloseRun(CloseOutcome outcome) {

    /** The days closed whole (none when refused). */
    public List<ClosedDay> closed() {
      return outcome.closed();
    }

    /** Stopped (asked to, or by a shutdown) before {@code until}. */
    public boolean stopped() {
      return outcome instanceof CloseOutcome.Stopped;
    }
  }

  /**
   * Closes every day from the business date through {@code until} (default: the business date), and
   * logs the days closed; a refusal comes back as {@link CloseOutcome.Refused}.
   */
  public CloseRun closeThrough(LocalDate until) {
    CloseOutcome outcome = close.closeThrough(until);
    List<ClosedDay> closed = outcome.closed();
    closed.forEach(
        d ->
            log.info(
                "closed {}: {} loans loaded, {} closed, {} entries, {} bucket changes, {} lines, {} ms",
                d.day(),
                d.loansLoaded(),
                d.loansClosed(),
                d.entriesPosted(),
                d.bucketChanges(),
                d.linesUpdated(),
                d.millis()));
    if (outcome instanceof CloseOutcome.Stopped stopped) {
      log.info(
          "close stopped with {} open: {} day(s) closed; the next close carries on",
          stopped.openDay(),
          closed.size());
    }
    return new CloseRun(outcome);
  }

  /** Asks the running close to stop after the day it is on; false when no close is running. */
  public boolean requestStop() {
    return close.requestStop();
  }

  /** The running close's progress (not running: {@code running} false). */
  public CloseProgress progress() {
    return close.progress();
  }

  /** The limits on how far one call may close. */
  public CloseLimits limits() {
    return close.limits();
  }

  @Override
  public void start() {
    close.resume();
    started = true;
  }

  /**
   * Shutting down: the running close stops at its next batch boundary, and this waits for it, so
   * the database is not closed under a batch.
   */
  @Override
  public void stop() {
    if (!close.shutDown(SHUTDOWN_WAIT)) {
      log.warn(
          "the close did not reach a batch boundary within {} s of the shutdown",
          SHUTDOWN_WAIT.toSeconds());
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
