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
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The daily close (日终) of the whole book for one business date, or several in a row to catch up.
 *
 * <p>Loans that need the close ({@link Loans#needingClose}) are loaded in batches in id order; each
 * batch is closed in memory by {@link CloseLoanDay}, then its changed loans, journal entries,
 * bucket changes and events are saved in one {@link Transactions#inTransaction} call. Then credit
 * lines are expired and lapsed temporary limits dropped, batch by batch, the same way.
 *
 * <p>Stopping it halfway and running it again is safe: a saved loan is closed through the day and
 * is skipped, so nothing is posted twice; lines with nothing left to do are no longer loaded. It
 * can be asked to stop ({@link #withStopSignal}): it then stops at the next batch boundary.
 *
 * <p>Repayments may arrive while it runs. Each loan is saved only if it is still as it was loaded
 * (the port checks); a loan changed in between is loaded again and closed afresh, alone, after a
 * {@link Backoff}. There is no retry limit: a day always finishes.
 */
public final class CloseBusinessDay {

  public static final int DEFAULT_BATCH_SIZE = 1000;
  private static final Backoff DEFAULT_BACKOFF = Backoff.sleeping(5, 1000);

  private final Loans loans;
  private final CreditLines lines;
  private final JournalPostings journal;
  private final DelinquencyHistory history;
  private final ServicingEvents events;
  private final Transactions transactions;
  private final Settings settings;
  private final CloseLoanDay closeLoanDay;

  /**
   * How the close runs: batch size, penalty posting, back-off on changed loans, when to stop,
   * non-accrual dpd.
   */
  private record Settings(
      int batchSize,
      PenaltyPosting posting,
      Backoff backoff,
      BooleanSupplier stop,
      int nonAccrualDpd) {
    Settings {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batch size must be positive");
      }
      Objects.requireNonNull(posting);
      Objects.requireNonNull(backoff);
      Objects.requireNonNull(stop);
    }
  }

  public CloseBusinessDay(
      Loans loans,
      CreditLines lines,
      JournalPostings journal,
      DelinquencyHistory history,
      ServicingEvents events,
      Transactions transactions) {
    this(
        loans,
        lines,
        journal,
        history,
        events,
        transactions,
        new Settings(
            DEFAULT_BATCH_SIZE,
            PenaltyPosting.DAILY,
            DEFAULT_BACKOFF,
            () -> false,
            CloseLoanDay.DEFAULT_NON_ACCRUAL_DPD));
  }

  private CloseBusinessDay(
      Loans loans,
      CreditLines lines,
      JournalPostings journal,
      DelinquencyHistory history,
      ServicingEvents events,
      Transactions transactions,
      Settings settings) {
    this.loans = Objects.requireNonNull(loans);
    this.lines = Objects.requireNonNull(lines);
    this.journal = Objects.requireNonNull(journal);
    this.history = Objects.requireNonNull(history);
    this.events = Objects.requireNonNull(events);
    this.transactions = Objects.requireNonNull(transactions);
    this.settings = settings;
    this.closeLoanDay = new CloseLoanDay(settings.posting(), settings.nonAccrualDpd());
  }

  private CloseBusinessDay with(Settings changed) {
    return new CloseBusinessDay(loans, lines, journal, history, events, transactions, changed);
  }

  public CloseBusinessDay withBatchSize(int size) {
    return with(
        new Settings(
            size,
            settings.posting(),
            settings.backoff(),
            settings.stop(),
            settings.nonAccrualDpd()));
  }

  /** This close with penalty posted to the journal at {@code posting}'s cadence (default DAILY). */
  public CloseBusinessDay withPenaltyPosting(PenaltyPosting posting) {
    return with(
        new Settings(
            settings.batchSize(),
            posting,
            settings.backoff(),
            settings.stop(),
            settings.nonAccrualDpd()));
  }

  /** This close with loans becoming non-accrual at {@code dpd} days past due (default 90). */
  public CloseBusinessDay withNonAccrualDpd(int dpd) {
    return with(
        new Settings(
            settings.batchSize(), settings.posting(), settings.backoff(), settings.stop(), dpd));
  }

  /**
   * This close waiting by {@code backoff} before it loads again loans changed under it (default 5
   * ms doubling to 1 s).
   */
  public CloseBusinessDay withBackoff(Backoff backoff) {
    return with(
        new Settings(
            settings.batchSize(),
            settings.posting(),
            backoff,
            settings.stop(),
            settings.nonAccrualDpd()));
  }

  /**
   * This close throwing {@link CloseStopped} at the first batch boundary where {@code stop} answers
   * true.
   */
  public CloseBusinessDay withStopSignal(BooleanSupplier stop) {
    return with(
        new Settings(
            settings.batchSize(),
            settings.posting(),
            settings.backoff(),
            stop,
            settings.nonAccrualDpd()));
  }

  /** Closes each day from {@code from} through {@code through}, in order. */
  public List<DayClosed> closeDays(LocalDate from, LocalDate through) {
    List<DayClosed> closed = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(through); day = day.plusDays(1)) {
      closed.add(close(day));
    }
    return closed;
  }

  /**
   * Closes {@code day} for every loan and line that needs it. A loan that a repayment changed after
   * it was loaded is not saved (the port tells which); the loans around it are, and the close loads
   * again from the first changed one, after a back-off, so only changed loans are redone and the
   * day always finishes.
   */
  public DayClosed close(LocalDate day) {
    int batchSize = settings.batchSize();
    long loaded = 0;
    long changed = 0;
    long entries = 0;
    long bucketChanges = 0;
    long after = Long.MIN_VALUE;
    int conflictsInARow = 0;
    while (true) {
      stopIfAsked(day);
      List<Loan> batch = loans.needingClose(day, after, settings.batchSize());
      if (batch.isEmpty()) {
        break;
      }
      CloseOutput out = new CloseOutput(batch.size());
      List<Loan> closed = new ArrayList<>(batch.size());
      for (Loan loan : batch) {
        after = next(after, loan.id());
        out.startLoan(loan.id());
        if (closeLoanDay.close(loan, day, out)) {
          closed.add(loan);
        }
      }
      Set<Long> redo = closed.isEmpty() ? Set.of() : save(closed, out);
      CloseOutput saved = redo.isEmpty() ? out : out.without(redo);
      loaded += batch.size();
      changed += closed.size() - redo.size();
      entries += saved.entries.size();
      bucketChanges += saved.bucketChanges.size();
      if (!redo.isEmpty()) {
        // the loans before the first changed one are all saved; it and those after it that still
        // need the day come again with the next batch
        after = Collections.min(redo) - 1;
        settings.backoff().pause(++conflictsInARow);
        continue;
      }
      conflictsInARow = 0;
      if (batch.size() < settings.batchSize()) {
        break;
      }
    }
    return new DayClosed(day, loaded, changed, entries, bucketChanges, closeLines(day));
  }

  private Set<Long> save(List<Loan> closed, CloseOutput out) {
    return transactions.inTransaction(
        () -> {
          Set<Long> changedUnder = loans.saveAll(closed);
          CloseOutput saved = changedUnder.isEmpty() ? out : out.without(changedUnder);
          journal.postAll(saved.entries);
          history.recordAll(saved.bucketChanges);
          events.appendAll(saved.events);
          return Set.copyOf(changedUnder);
        });
  }

  private void stopIfAsked(LocalDate day) {
    if (settings.stop().getAsBoolean()) {
      throw new CloseStopped("the close of " + day + " stopped between batches, as asked");
    }
  }

  private long closeLines(LocalDate day) {
    int batchSize = settings.batchSize();
    long updated = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      stopIfAsked(day);
      List<CreditLine> batch = lines.needingClose(day, after, settings.batchSize());
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
      if (batch.size() < settings.batchSize()) {
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
