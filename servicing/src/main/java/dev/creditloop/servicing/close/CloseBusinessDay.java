package dev.creditloop.servicing.close;

import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.ServicingEvents;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLines;
import dev.creditloop.servicing.delinquency.DelinquencyHistory;
import dev.creditloop.servicing.journal.JournalPostings;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.Loans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The daily close (日终) of the whole book for one business date, or several in a row to catch up.
 *
 * <p>Loans that need the close ({@link Loans#needingClose}) are loaded in batches in id order; each
 * batch is closed in memory by {@link CloseLoanDay}, then its changed loans, journal entries,
 * bucket changes and events are saved in one {@link Transactions#inTransaction} call. Then credit
 * lines are expired and lapsed temporary limits dropped, batch by batch, the same way.
 *
 * <p>Stopping it halfway and running it again is safe: a saved loan is closed through the day and
 * is skipped, so nothing is posted twice; lines with nothing left to do are no longer loaded.
 */
public final class CloseBusinessDay {

  public static final int DEFAULT_BATCH_SIZE = 1000;

  private final Loans loans;
  private final CreditLines lines;
  private final JournalPostings journal;
  private final DelinquencyHistory history;
  private final ServicingEvents events;
  private final Transactions transactions;
  private final int batchSize;
  private final CloseLoanDay closeLoanDay;

  public CloseBusinessDay(
      Loans loans,
      CreditLines lines,
      JournalPostings journal,
      DelinquencyHistory history,
      ServicingEvents events,
      Transactions transactions) {
    this(loans, lines, journal, history, events, transactions, DEFAULT_BATCH_SIZE, new CloseLoanDay());
  }

  private CloseBusinessDay(
      Loans loans,
      CreditLines lines,
      JournalPostings journal,
      DelinquencyHistory history,
      ServicingEvents events,
      Transactions transactions,
      int batchSize,
      CloseLoanDay closeLoanDay) {
    this.loans = Objects.requireNonNull(loans);
    this.lines = Objects.requireNonNull(lines);
    this.journal = Objects.requireNonNull(journal);
    this.history = Objects.requireNonNull(history);
    this.events = Objects.requireNonNull(events);
    this.transactions = Objects.requireNonNull(transactions);
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive");
    }
    this.batchSize = batchSize;
    this.closeLoanDay = Objects.requireNonNull(closeLoanDay);
  }

  public CloseBusinessDay withBatchSize(int size) {
    return new CloseBusinessDay(
        loans, lines, journal, history, events, transactions, size, closeLoanDay);
  }

  /** This close with penalty posted to the journal at {@code posting}'s cadence (default DAILY). */
  public CloseBusinessDay withPenaltyPosting(PenaltyPosting posting) {
    return new CloseBusinessDay(loans, lines, journal, history, events, transactions, batchSize,
        new CloseLoanDay(posting, closeLoanDay.nonAccrualDpd()));
  }

  /** This close with loans becoming non-accrual at {@code dpd} days past due (default 90). */
  public CloseBusinessDay withNonAccrualDpd(int dpd) {
    return new CloseBusinessDay(loans, lines, journal, history, events, transactions, batchSize,
        new CloseLoanDay(closeLoanDay.posting(), dpd));
  }

  /** Closes each day from {@code from} through {@code through}, in order. */
  public List<DayClosed> closeDays(LocalDate from, LocalDate through) {
    List<DayClosed> closed = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(through); day = day.plusDays(1)) {
      closed.add(close(day));
    }
    return closed;
  }

  public DayClosed close(LocalDate day) {
    long loaded = 0;
    long changed = 0;
    long entries = 0;
    long bucketChanges = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<Loan> batch = loans.needingClose(day, after, batchSize);
      if (batch.isEmpty()) {
        break;
      }
      CloseOutput out = new CloseOutput(batch.size());
      List<Loan> closed = new ArrayList<>(batch.size());
      for (Loan loan : batch) {
        after = next(after, loan.id());
        if (closeLoanDay.close(loan, day, out)) {
          closed.add(loan);
        }
      }
      if (!closed.isEmpty()) {
        transactions.inTransaction(
            () -> {
              loans.saveAll(closed);
              journal.postAll(out.entries);
              history.recordAll(out.bucketChanges);
              events.appendAll(out.events);
            });
      }
      loaded += batch.size();
      changed += closed.size();
      entries += out.entries.size();
      bucketChanges += out.bucketChanges.size();
      if (batch.size() < batchSize) {
        break;
      }
    }
    return new DayClosed(day, loaded, changed, entries, bucketChanges, closeLines(day));
  }

  private long closeLines(LocalDate day) {
    long updated = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<CreditLine> batch = lines.needingClose(day, after, batchSize);
      if (batch.isEmpty()) {
        break;
      }
      List<CreditLine> changed = new ArrayList<>();
      List<ServicingEvent> happened = new ArrayList<>();
      for (CreditLine line : batch) {
        after = next(after, line.id());
        List<ServicingEvent> lineEvents = line.closeDay(day);
        if (!lineEvents.isEmpty()) {
          changed.add(line);
          happened.addAll(lineEvents);
        }
      }
      if (!changed.isEmpty()) {
        transactions.inTransaction(
            () -> {
              lines.saveAll(changed);
              events.appendAll(happened);
            });
      }
      updated += changed.size();
      if (batch.size() < batchSize) {
        break;
      }
    }
    return updated;
  }

  private static long next(long after, long id) {
    // a port that ignored afterId would loop forever: fail instead
    if (id <= after) {
      throw new IllegalStateException(
          "batches must come in increasing id order: " + id + " after " + after);
    }
    return id;
  }
}
