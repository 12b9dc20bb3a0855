package dev.creditloop.lending.close;

import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.close.CloseBusinessDay;
import dev.creditloop.servicing.close.CloseLimits;
import dev.creditloop.servicing.close.CloseStopped;
import dev.creditloop.servicing.close.DayClosed;
import dev.creditloop.servicing.close.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Closes business days (日终) in order, from the business date through a day asked for: each day
 * closed whole by {@link CloseBusinessDay} (batches that commit one by one, loans changed by a
 * repayment meanwhile redone alone until they stick), then recorded complete and the business date
 * moved past it in one transaction. A day started and not finished is resumed by the next close,
 * with nothing posted twice.
 *
 * <p>One close runs at a time. It can be asked to stop ({@link #requestStop}): it ends after the
 * day it is on. A shutdown ({@link #shutDown}) stops it sooner, at the next batch boundary.
 */
public final class CloseBusinessDays {

  private final CloseBusinessDay closeDay;
  private final BusinessDates dates;
  private final CloseRuns runs;
  private final Transactions transactions;
  private final Clock clock;
  private final CloseLimits limits;
  private final ReentrantLock running = new ReentrantLock();
  private final AtomicReference<CloseProgress> progress = new AtomicReference<>(CloseProgress.IDLE);
  private volatile boolean stopAfterDay;
  private volatile boolean shuttingDown;

  /**
   * @param closeDay the close of one day over the ledger's ports (its own stop signal is replaced:
   *     it stops between batches when this is shut down)
   * @param transactions the transaction that completes a day and moves the date
   * @param clock the wall clock in the book's zone, for {@link CloseLimits#maxDaysAhead}
   */
  public CloseBusinessDays(
      CloseBusinessDay closeDay,
      BusinessDates dates,
      CloseRuns runs,
      Transactions transactions,
      Clock clock,
      CloseLimits limits) {
    this.closeDay = closeDay.withStopSignal(() -> shuttingDown);
    this.dates = Objects.requireNonNull(dates);
    this.runs = Objects.requireNonNull(runs);
    this.transactions = Objects.requireNonNull(transactions);
    this.clock = Objects.requireNonNull(clock);
    this.limits = Objects.requireNonNull(limits);
  }

  /**
   * Closes every day from the business date through {@code until} (null: the business date), within
   * the {@link CloseLimits}; refused when another close runs, when {@code until} is already closed,
   * or beyond the limits.
   */
  public CloseOutcome closeThrough(LocalDate until) {
    if (!running.tryLock()) {
      return new CloseOutcome.Refused(
          Problem.DATE_ALREADY_CLOSED, "until", "a close is already running");
    }
    try {
      stopAfterDay = false;
      LocalDate today = dates.today();
      LocalDate last = until == null ? today : until;
      if (last.isBefore(today)) {
        return new CloseOutcome.Refused(
            Problem.DATE_ALREADY_CLOSED,
            "until",
            last + " is already closed; the business date is " + today);
      }
      try {
        limits.check(today, last, LocalDate.now(clock));
      } catch (ServicingException refused) {
        return new CloseOutcome.Refused(refused.problem(), refused.field(), refused.reason());
      }
      int total = (int) ChronoUnit.DAYS.between(today, last) + 1;
      List<ClosedDay> closed = new ArrayList<>();
      for (LocalDate day = today; !day.isAfter(last); day = day.plusDays(1)) {
        if (stopAfterDay || shuttingDown) {
          return new CloseOutcome.Stopped(List.copyOf(closed), day);
        }
        progress.set(new CloseProgress(true, today, last, day, closed.size(), total, false));
        try {
          closed.add(close(day));
        } catch (CloseStopped stopped) {
          return new CloseOutcome.Stopped(List.copyOf(closed), day);
        }
      }
      return new CloseOutcome.Closed(List.copyOf(closed));
    } finally {
      progress.set(CloseProgress.IDLE);
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

  /** The running close's progress ({@link CloseProgress#IDLE} when none runs). */
  public CloseProgress progress() {
    CloseProgress p = progress.get();
    return p.running() ? p.withStopRequested(stopAfterDay) : p;
  }

  public CloseLimits limits() {
    return limits;
  }

  /**
   * Stops a running close at its next batch boundary, and every close after it before its first
   * day, until {@link #resume}; waits up to {@code wait} for the running close to end. False when
   * it did not end in time.
   */
  public boolean shutDown(Duration wait) {
    shuttingDown = true;
    try {
      if (running.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        running.unlock();
        return true;
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Undoes {@link #shutDown}: closes run whole again. */
  public void resume() {
    shuttingDown = false;
  }

  private ClosedDay close(LocalDate day) {
    long started = System.nanoTime();
    transactions.inTransaction(
        () -> {
          runs.begin(day, clock.instant());
        });
    DayClosed done = closeDay.close(day);
    transactions.inTransaction(
        () -> {
          runs.complete(day, clock.instant(), done.loansClosed());
          dates.moveTo(day.plusDays(1));
        });
    return new ClosedDay(
        day,
        done.loansLoaded(),
        done.loansClosed(),
        done.entriesPosted(),
        done.bucketChanges(),
        done.linesUpdated(),
        (System.nanoTime() - started) / 1_000_000);
  }
}
