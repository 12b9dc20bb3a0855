package dev.creditloop.app.decisioning;

import dev.creditloop.lending.backtest.BacktestCommand;
import dev.creditloop.lending.backtest.BacktestOutcome;
import dev.creditloop.lending.backtest.BacktestStrategy;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Backtests run in the background, one at a time in the order they were started, each watchable
 * while it runs (requests replayed out of all) and readable when done. Runs are kept in memory
 * only, the latest {@value #KEPT} of them: a restart forgets them, and one running then is lost.
 */
@Service
public class BacktestRuns {

  private static final Logger log = LoggerFactory.getLogger(BacktestRuns.class);
  static final int KEPT = 100;

  /** Where a run is. */
  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  /**
   * A run as it stands: requests replayed ({@code done}) out of {@code total} (0 of 0 until the
   * requests are read), the outcome when DONE, the failure when FAILED.
   */
  public record Run(
      long id,
      BacktestCommand command,
      String startedBy,
      Status status,
      long done,
      long total,
      Instant queuedAt,
      Instant finishedAt,
      BacktestOutcome outcome,
      String failure) {

    Run progressed(long done, long total) {
      return new Run(
          id, command, startedBy, Status.RUNNING, done, total, queuedAt, null, null, null);
    }
  }

  private final BacktestStrategy backtest;
  private final Clock clock;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, Run> runs = new LinkedHashMap<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "backtest");
            t.setDaemon(true);
            return t;
          });

  BacktestRuns(BacktestStrategy backtest, Clock clock) {
    this.backtest = backtest;
    this.clock = clock;
  }

  /** Queues a backtest and answers it as queued; it runs when the ones before it are done. */
  public Run start(BacktestCommand command, String startedBy) {
    Run queued =
        new Run(
            ids.incrementAndGet(),
            command,
            startedBy,
            Status.QUEUED,
            0,
            0,
            clock.instant(),
            null,
            null,
            null);
    put(queued);
    worker.execute(() -> execute(queued));
    return queued;
  }

  public Optional<Run> get(long id) {
    synchronized (runs) {
      return Optional.ofNullable(runs.get(id));
    }
  }

  private void execute(Run queued) {
    put(queued.progressed(0, 0));
    try {
      BacktestOutcome outcome =
          backtest.run(queued.command(), (done, total) -> put(queued.progressed(done, total)));
      put(
          new Run(
              queued.id(),
              queued.command(),
              queued.startedBy(),
              Status.DONE,
              outcome.requests(),
              outcome.requests(),
              queued.queuedAt(),
              clock.instant(),
              outcome,
              null));
      log.info(
          "backtest {} of {} v{}: {} requests replayed",
          queued.id(),
          queued.command().strategyId(),
          queued.command().version(),
          outcome.requests());
    } catch (RuntimeException e) {
      log.warn("backtest {} failed", queued.id(), e);
      Run last = get(queued.id()).orElse(queued);
      put(
          new Run(
              queued.id(),
              queued.command(),
              queued.startedBy(),
              Status.FAILED,
              last.done(),
              last.total(),
              queued.queuedAt(),
              clock.instant(),
              null,
              String.valueOf(e.getMessage())));
    }
  }

  private void put(Run run) {
    synchronized (runs) {
      runs.put(run.id(), run);
      if (runs.size() > KEPT) {
        runs.entrySet().stream()
            .filter(
                e -> e.getValue().status() == Status.DONE || e.getValue().status() == Status.FAILED)
            .map(Map.Entry::getKey)
            .findFirst()
            .ifPresent(runs::remove);
      }
    }
  }

  @PreDestroy
  void shutDown() {
    worker.shutdownNow();
  }
}
