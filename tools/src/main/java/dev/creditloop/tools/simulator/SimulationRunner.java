package dev.creditloop.tools.simulator;

import dev.creditloop.app.decisioning.persistence.JdbcEventStore;
import dev.creditloop.app.servicing.NonAccrualSetting;
import dev.creditloop.app.servicing.PenaltyPostingSetting;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.JdbcJournal;
import dev.creditloop.app.servicing.persistence.Products;
import dev.creditloop.lending.drawdown.DrawdownGate;
import dev.creditloop.servicing.close.PenaltyPosting;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.simulator.MonthEnd;
import dev.creditloop.simulator.RealismSummary;
import dev.creditloop.simulator.SimulatedDay;
import dev.creditloop.simulator.SimulatedFeed;
import dev.creditloop.simulator.SimulatedProducts;
import dev.creditloop.simulator.Simulation;
import dev.creditloop.simulator.SimulationConfig;
import dev.creditloop.simulator.SimulationEnd;
import dev.creditloop.simulator.SimulationSink;
import dev.creditloop.tools.bulk.BulkLoadWindow;
import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Simulates a book into an empty database: adds the simulated products, writes the book through
 * {@link JdbcSimulationSink} while the simulation runs (keys and indexes of the book's tables
 * lifted for the load and rebuilt after it: {@link BulkLoadWindow}), records the run and its
 * realism summary in {@code sim_run}, and sets the business date to the day after the last
 * simulated day, so the next daily close carries the book on. Refuses a database that already holds
 * a book: ids would collide and the ground truth would be wrong.
 */
@Component
public class SimulationRunner {

  /** The tables the simulated book goes into: their keys and indexes are rebuilt after the load. */
  static final List<String> BOOK_TABLES =
      List.of(
          "customer",
          "credit_line",
          "loan",
          "installment",
          "repayment",
          "delinquency_event",
          "journal_entry",
          "journal_line",
          "behaviour_event",
          "sim_customer_truth");

  /**
   * Pieces of work the simulation may run ahead of the writer: a day's rows, or a few thousand
   * loans, each.
   */
  private static final int WRITE_AHEAD = 8;

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final JdbcJournal journal;
  private final JdbcEventStore events;
  private final Products products;
  private final BusinessCalendar calendar;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final PenaltyPosting penaltyPosting;
  private final int nonAccrualDpd;
  private final dev.creditloop.app.personal.PersonalDataCipher cipher;
  private final GroundTruthSchema groundTruth;

  SimulationRunner(
      DataSource dataSource,
      JdbcClient jdbc,
      JdbcJournal journal,
      JdbcEventStore events,
      Products products,
      BusinessCalendar calendar,
      Clock clock,
      TransactionTemplate tx,
      PenaltyPostingSetting penaltyPosting,
      NonAccrualSetting nonAccrual,
      dev.creditloop.app.personal.PersonalDataCipher cipher,
      GroundTruthSchema groundTruth) {
    this.cipher = cipher;
    this.groundTruth = groundTruth;
    this.tx = tx;
    this.nonAccrualDpd = nonAccrual.dpd();
    this.penaltyPosting = penaltyPosting.value();
    this.events = events;
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.journal = journal;
    this.products = products;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Refused with this when the database is not empty. */
  public static final class NotEmpty extends IllegalStateException {
    NotEmpty(String message) {
      super(message);
    }
  }

  /** Runs the simulation, printing one line per month and the realism summary to {@code out}. */
  public RealismSummary run(SimulationConfig config, PrintStream out) {
    return run(config, out, Simulation.APPROVE_ALL, SimulatedFeed.NONE);
  }

  /**
   * As {@link #run(SimulationConfig, PrintStream)}, with {@code gate} deciding the drawdown
   * requests (a strategy in the loop) and {@code feed} seeing the events its features read.
   */
  public RealismSummary run(
      SimulationConfig config, PrintStream out, DrawdownGate gate, SimulatedFeed feed) {
    refuseUnlessEmpty();
    groundTruth.migrate();
    for (Product p : SimulatedProducts.ALL) {
      if (!products.exists(p.code())) {
        products.add(p);
      }
    }
    out.printf(
        "simulate: %,d customers, %d months from %s, seed %d%s; penalty posted %s%n",
        config.customers(),
        config.months(),
        config.start(),
        config.seed(),
        config.shockMonth() == 0 ? "" : ", shock in month " + config.shockMonth(),
        penaltyPosting == PenaltyPosting.DAILY ? "daily" : "at month end");
    if (config.customers() >= 100_000 && !throughputCollector()) {
      out.println(
          "simulate: a long batch: run java with -XX:+UseParallelGC (the throughput collector) for about a fifth"
              + " less time; see the README's figures");
    }
    long started = System.nanoTime();
    BulkLoadWindow window = BulkLoadWindow.open(jdbc, BOOK_TABLES, isPostgres());
    BookWriter ledger = new BookWriter(tx, WRITE_AHEAD, "simulate-journal");
    BookWriter writer = new BookWriter(tx, WRITE_AHEAD, "simulate-writer");
    JdbcSimulationSink book =
        new JdbcSimulationSink(
            ledger,
            writer,
            new BookRows(dataSource, journal, events, cipher, Timestamp.from(clock.instant())));
    SimulationEnd[] end = new SimulationEnd[1];
    long[] simulated = new long[1];
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    RealismSummary summary;
    try {
      summary =
          new Simulation(penaltyPosting, nonAccrualDpd)
              .run(
                  config,
                  new SimulationSink() {
                    @Override
                    public void day(SimulatedDay day) {
                      book.day(day);
                    }

                    @Override
                    public void monthEnded(MonthEnd month) {
                      out.println(
                          "simulate: "
                              + month.line()
                              + "; written through "
                              + book.writtenThrough());
                    }

                    @Override
                    public void finished(SimulationEnd e) {
                      simulated[0] = System.nanoTime();
                      out.printf(
                          "simulate: simulated in %,.1f s (%,.1f s CPU of the simulating thread); writing the rest: days not yet"
                              + " written, credit lines, open loans, ground truth%n",
                          (simulated[0] - started) / 1e9,
                          (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9);
                      book.finished(e);
                      end[0] = e;
                    }
                  },
                  gate,
                  feed);
    } catch (RuntimeException | Error failed) {
      writer.stop();
      ledger.stop();
      // The partial book is to be dropped, but never left without its keys: put them back if they
      // fit.
      try {
        tx.executeWithoutResult(
            status -> window.restore(line -> out.println("simulate: rebuilt " + line)));
      } catch (RuntimeException restoreFailed) {
        failed.addSuppressed(restoreFailed);
      }
      throw failed;
    }
    writer.stop();
    ledger.stop();
    long written = System.nanoTime();
    out.printf(
        "simulate: written in %,.1f s more (writers busy %,.1f s and %,.1f s in all, %,.1f s and %,.1f s CPU: journal and loans, rest);"
            + " rebuilding %d keys and indexes, %d foreign keys%n",
        (written - simulated[0]) / 1e9,
        ledger.busySeconds(),
        writer.busySeconds(),
        ledger.cpuSeconds(),
        writer.cpuSeconds(),
        window.indexes(),
        window.foreignKeys());
    window.restoreInParallel(
        dataSource,
        Runtime.getRuntime().availableProcessors(),
        line -> out.println("simulate: rebuilt " + line));
    if (isPostgres()) {
      // Fresh statistics for the planner: without them, reading one customer's events after a bulk
      // load may be planned as a parallel scan of the whole table (measured 100x slower).
      long analyzeStarted = System.nanoTime();
      jdbc.sql("analyze").update();
      out.printf(
          "simulate: analyzed the tables in %,.1f s%n", (System.nanoTime() - analyzeStarted) / 1e9);
    }
    long rebuilt = System.nanoTime();
    restartSequences(book);
    calendar.startAt(end[0].nextBusinessDate());
    jdbc.sql(
            "insert into sim_run (id, seed, customers, months, start_date, last_day, shock_month, shock_factor, summary,"
                + " created_at) values (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            config.seed(),
            config.customers(),
            config.months(),
            config.start(),
            end[0].lastDay(),
            config.shockMonth(),
            java.math.BigDecimal.valueOf(config.shockFactor()),
            summary.render(),
            Timestamp.from(clock.instant()))
        .update();
    out.printf("simulate: rebuilt in %,.1f s%n", (rebuilt - written) / 1e9);
    out.printf(
        "simulate: wrote %,d customers, %,d loans, %,d journal entries in %,.1f s; business date %s%n",
        book.customers(),
        book.loans(),
        book.journalEntries(),
        (System.nanoTime() - started) / 1e9,
        end[0].nextBusinessDate());
    if (gate instanceof StrategyJudge strategyJudge) {
      out.println("simulate: " + strategyJudge.summary());
    }
    out.print(summary.render());
    return summary;
  }

  /**
   * Whether the JVM runs the parallel (throughput) collector, whose young collections are named "PS
   * Scavenge".
   */
  static boolean throughputCollector() {
    return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
        .anyMatch(gc -> gc.getName().startsWith("PS "));
  }

  private void refuseUnlessEmpty() {
    long loans = count("loan");
    if (loans > 0) {
      throw new NotEmpty(
          "the database already holds "
              + loans
              + " loans; simulate writes a whole book and needs an"
              + " empty database (give another spring.datasource.url)");
    }
    long customers = count("customer");
    long lines = count("credit_line");
    if (customers > 0 || lines > 0) {
      throw new NotEmpty(
          "the database already holds "
              + customers
              + " customers and "
              + lines
              + " credit lines;"
              + " simulate needs an empty database (give another spring.datasource.url)");
    }
  }

  private boolean isPostgres() {
    return BulkLoadWindow.isPostgres(dataSource);
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  /** Ids were given by the simulator: the sequences must continue after them. */
  private void restartSequences(JdbcSimulationSink book) {
    jdbc.sql("alter sequence loan_seq restart with " + (book.loans() + 1)).update();
    jdbc.sql("alter sequence credit_line_seq restart with " + (book.customers() + 1)).update();
    jdbc.sql("alter table customer alter column id restart with " + (book.customers() + 1))
        .update();
  }
}
