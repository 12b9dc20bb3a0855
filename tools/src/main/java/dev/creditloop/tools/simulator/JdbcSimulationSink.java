package dev.creditloop.tools.simulator;

import dev.creditloop.servicing.close.LoanDayClosed;
import dev.creditloop.servicing.loan.DrawdownResult;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.simulator.CustomerProfile;
import dev.creditloop.simulator.NewCustomer;
import dev.creditloop.simulator.SimulatedDay;
import dev.creditloop.simulator.SimulationEnd;
import dev.creditloop.simulator.SimulationSink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a simulated book into the database as the simulation runs, through two {@link
 * BookWriter}s, each on a thread and a connection of its own, so simulating and writing overlap and
 * the database works on two cores: one writes the journal and the loans, the other everything else.
 * Each table is written by one writer only, in day order, so ids are handed out as before. Whatever
 * no longer changes goes as soon as it happens: each day's journal entries (through the ledger's
 * own journal), repayments, delinquency history, behaviour events and new customers. A loan goes
 * with its instalments once it has ended (looked for every {@value #SWEEP_DAYS} days), so only open
 * loans are held; credit lines, the loans still open and the ground truth go at the end, at their
 * final state.
 *
 * <p>Loans written at their final state make the same book as running the API day by day would: the
 * simulator changes loans and lines only through the servicing use cases, closes the same loans the
 * daily close selects, never touches a loan once it has ended, and the tables hold only current
 * state besides the journal, the delinquency history and the repayments, all of which are written
 * in full. Rows reach their tables out of key order (a repayment before its loan), so the load runs
 * in a {@link dev.creditloop.tools.bulk.BulkLoadWindow}. Not transactional as a whole: a run that
 * fails halfway leaves a partial book behind, to be dropped with the database.
 */
final class JdbcSimulationSink implements SimulationSink {

  static final int SWEEP_DAYS = 30;
  private static final int LOAN_CHUNK = 20_000;
  private static final int LINE_CHUNK = 100_000;

  /** Writes the journal and the loans. */
  private final BookWriter ledger;

  /** Writes everything else. */
  private final BookWriter writer;

  private final BookRows rows;
  private final List<NewCustomer> customers = new ArrayList<>();

  /** Loans drawn and not yet handed to the writer: open, or ended since the last sweep. */
  private List<Loan> held = new ArrayList<>();

  private long loans;
  private long journalEntries;
  private int days;
  private volatile LocalDate writtenThrough;
  private volatile LocalDate journalThrough;

  JdbcSimulationSink(BookWriter ledger, BookWriter writer, BookRows rows) {
    this.ledger = ledger;
    this.writer = writer;
    this.rows = rows;
  }

  @Override
  public void day(SimulatedDay day) {
    customers.addAll(day.newCustomers());
    for (DrawdownResult d : day.drawdowns()) {
      held.add(d.loan());
      journalEntries += d.entries().size();
    }
    journalEntries += day.repayments().size();
    for (LoanDayClosed c : day.closes()) {
      journalEntries += c.entries().size();
    }
    loans += day.drawdowns().size();
    ledger.submit(
        () -> {
          rows.journal(day);
          journalThrough = day.date();
        });
    writer.submit(
        () -> {
          rows.day(day);
          writtenThrough = day.date();
        });
    if (++days % SWEEP_DAYS == 0) {
      handOverEnded();
    }
  }

  @Override
  public void finished(SimulationEnd end) {
    // the run is over: nothing changes any more, lines and open loans can go at their final state
    for (int from = 0; from < customers.size(); from += LINE_CHUNK) {
      List<NewCustomer> chunk =
          customers.subList(from, Math.min(customers.size(), from + LINE_CHUNK));
      writer.submit(() -> rows.lines(chunk));
    }
    handOver(held);
    held = new ArrayList<>();
    Map<Long, CustomerProfile> profiles = new HashMap<>(customers.size() * 2);
    for (NewCustomer c : customers) {
      profiles.put(c.profile().id(), c.profile());
    }
    writer.submit(() -> rows.truths(end.truths(), profiles));
    writer.finish();
    ledger.finish();
  }

  /** The last day whose rows are all written, journal included (null before the first). */
  LocalDate writtenThrough() {
    LocalDate book = writtenThrough;
    LocalDate journal = journalThrough;
    return book == null || journal == null ? null : book.isBefore(journal) ? book : journal;
  }

  long journalEntries() {
    return journalEntries;
  }

  long loans() {
    return loans;
  }

  long customers() {
    return customers.size();
  }

  /**
   * An ended loan never changes again (the simulator drops it): write it now, hold only the open
   * ones.
   */
  private void handOverEnded() {
    List<Loan> open = new ArrayList<>(held.size());
    List<Loan> ended = new ArrayList<>();
    for (Loan loan : held) {
      (loan.isOpen() ? open : ended).add(loan);
    }
    held = open;
    handOver(ended);
  }

  private void handOver(List<Loan> loans) {
    for (int from = 0; from < loans.size(); from += LOAN_CHUNK) {
      List<Loan> chunk = loans.subList(from, Math.min(loans.size(), from + LOAN_CHUNK));
      ledger.submit(() -> rows.loans(chunk));
    }
  }
}
