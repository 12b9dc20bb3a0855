package dev.creditloop.app.servicing;

import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.JdbcCreditLines;
import dev.creditloop.app.servicing.persistence.JdbcDelinquencyHistory;
import dev.creditloop.app.servicing.persistence.JdbcJournal;
import dev.creditloop.app.servicing.persistence.JdbcLoans;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.close.CloseBusinessDay;
import dev.creditloop.servicing.close.DayClosed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily close (日终) over the database: closes business days in order up to a date, each in
 * batches of loans that commit one by one. A loan remembers the last day closed for it, so a close
 * killed halfway is finished by running it again, with nothing posted twice; the business date
 * moves only when a day is complete.
 */
@Service
public class DailyClose {

  private static final Logger log = LoggerFactory.getLogger(DailyClose.class);
  private static final int MAX_RETRIES = 5;

  private final BusinessCalendar calendar;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final CloseBusinessDay close;
  private final Clock clock;
  private final ReentrantLock running = new ReentrantLock();
  /** For tests of a close killed halfway: fail after this many committed batches (negative: never). */
  private final AtomicInteger failAfterBatches = new AtomicInteger(-1);

  DailyClose(BusinessCalendar calendar, JdbcClient jdbc, TransactionTemplate tx, JdbcLoans loans, JdbcCreditLines lines,
             JdbcJournal journal, JdbcDelinquencyHistory history, ServicingEventSink events, Clock clock,
             PenaltyPostingSetting penaltyPosting, NonAccrualSetting nonAccrual,
             @Value("${creditloop.close.batch-size:1000}") int batchSize) {
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
    this.close = new CloseBusinessDay(loans, lines, journal, history, events, work -> {
      tx.executeWithoutResult(s -> work.run());
      if (failAfterBatches.get() >= 0 && failAfterBatches.getAndDecrement() == 0) {
        throw new SimulatedCrash();
      }
    }).withBatchSize(batchSize).withPenaltyPosting(penaltyPosting.value()).withNonAccrualDpd(nonAccrual.dpd());
  }

  /** What one closed day did. */
  public record ClosedDay(LocalDate day, long loansLoaded, long loansClosed, long entriesPosted, long bucketChanges,
                          long linesUpdated, long millis) {}

  /** Closes every day from the business date through {@code until} (default: the business date). */
  public List<ClosedDay> closeThrough(LocalDate until) {
    if (!running.tryLock()) {
      throw new ServicingException(Problem.DATE_ALREADY_CLOSED, "until", "a close is already running");
    }
    try {
      LocalDate today = calendar.today();
      LocalDate last = until == null ? today : until;
      if (last.isBefore(today)) {
        throw new ServicingException(Problem.DATE_ALREADY_CLOSED, "until",
            last + " is already closed; the business date is " + today);
      }
      List<ClosedDay> closed = new ArrayList<>();
      for (LocalDate day = today; !day.isAfter(last); day = day.plusDays(1)) {
        closed.add(closeDay(day));
      }
      return closed;
    } finally {
      running.unlock();
    }
  }

  private ClosedDay closeDay(LocalDate day) {
    long started = System.nanoTime();
    tx.executeWithoutResult(s -> {
      int claimed = jdbc.sql("update close_run set status = status where business_date = ?").param(day).update();
      if (claimed == 0) {
        jdbc.sql("insert into close_run (business_date, status, started_at) values (?, 'STARTED', ?)")
            .params(day, Timestamp.from(clock.instant())).update();
      } else {
        log.info("resuming the close of {}", day);
      }
    });
    DayClosed result = null;
    for (int attempt = 0; result == null; attempt++) {
      try {
        result = close.close(day);
      } catch (JdbcLoans.ConcurrentChange e) {
        if (attempt >= MAX_RETRIES) {
          throw e;
        }
        log.info("close of {}: {}; redoing the batch", day, e.getMessage());
      }
    }
    DayClosed done = result;
    tx.executeWithoutResult(s -> {
      jdbc.sql("update close_run set status = 'COMPLETED', finished_at = ?, loans_processed = loans_processed + ? where business_date = ?")
          .params(Timestamp.from(clock.instant()), done.loansClosed(), day).update();
      calendar.moveTo(day.plusDays(1));
    });
    long millis = (System.nanoTime() - started) / 1_000_000;
    log.info("closed {}: {} loans loaded, {} closed, {} entries, {} bucket changes, {} lines, {} ms", day, done.loansLoaded(),
        done.loansClosed(), done.entriesPosted(), done.bucketChanges(), done.linesUpdated(), millis);
    return new ClosedDay(day, done.loansLoaded(), done.loansClosed(), done.entriesPosted(), done.bucketChanges(),
        done.linesUpdated(), millis);
  }

  /** Test hook: the close dies after {@code batches} more committed batches, as if the process were killed. */
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
