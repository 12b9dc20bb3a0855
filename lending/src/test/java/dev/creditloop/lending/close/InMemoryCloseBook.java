package dev.creditloop.lending.close;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.ServicingEvents;
import dev.creditloop.servicing.allocation.PostRepayment;
import dev.creditloop.servicing.close.Backoff;
import dev.creditloop.servicing.close.CloseBusinessDay;
import dev.creditloop.servicing.close.Transactions;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLines;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.delinquency.DelinquencyHistory;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.journal.JournalPostings;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanSnapshot;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.loan.Loans;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.TermUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every port of the close over maps, as a database would keep them: each load a fresh copy, writes
 * applied only when a transaction completes, loan rows with versions, and optional repayments that
 * commit just after the close has loaded a loan.
 */
final class InMemoryCloseBook
    implements JournalPostings,
        DelinquencyHistory,
        ServicingEvents,
        Transactions,
        BusinessDates,
        CloseRuns {

  private final TreeMap<Long, LoanSnapshot> loanRows = new TreeMap<>();
  private final TreeMap<Long, CreditLine> lineRows = new TreeMap<>();
  private final Map<Long, Long> versions = new HashMap<>();
  private final Map<Long, Long> loadedVersions = new HashMap<>();
  private final Map<Long, Integer> repaymentsAfterLoad = new HashMap<>();
  private List<Runnable> pending;
  private LocalDate businessDate;
  private Runnable afterEachTransaction = () -> {};
  private java.util.function.Consumer<LocalDate> onMove = d -> {};

  final List<JournalEntry> journal = new ArrayList<>();
  final List<BucketChanged> history = new ArrayList<>();
  final List<ServicingEvent> events = new ArrayList<>();

  /** Each loan id as loaded by the close, in order. */
  final List<Long> loads = new ArrayList<>();

  /** close_run: day to status. */
  final Map<LocalDate, String> runs = new LinkedHashMap<>();

  int repaymentsDuringClose;

  /** Seven loans of 1,000.00 over 3 months drawn on {@code drawn}, each on its own line. */
  static InMemoryCloseBook sevenLoansDrawnOn(LocalDate drawn, LocalDate businessDate) {
    InMemoryCloseBook book = new InMemoryCloseBook();
    Product product =
        new Product(
            "CASH",
            "Cash loan",
            RepaymentMethod.ANNUITY,
            TermUnit.MONTHS,
            new TreeSet<>(List.of(3, 6, 12)),
            Rate.of("0.24"),
            DayCountBasis.D360,
            Rate.of("0.36"),
            0,
            Fees.NONE,
            null,
            Rate.of("0.24"));
    for (long id = 1; id <= 7; id++) {
      CreditLine line =
          CreditLine.grant(
              id, 7, "CASH", Money.of("5000.00"), drawn.minusDays(10), drawn.plusYears(1));
      Loan loan = new DrawDown().draw(line, product, Money.of("1000.00"), 3, id, drawn).loan();
      book.loanRows.put(loan.id(), loan.snapshot());
      book.lineRows.put(line.id(), CreditLine.fromSnapshot(line.snapshot()));
    }
    book.businessDate = businessDate;
    return book;
  }

  final Loans loans =
      new Loans() {
        @Override
        public List<Loan> needingClose(LocalDate day, long afterId, int limit) {
          List<Loan> batch = new ArrayList<>();
          for (LoanSnapshot s : loanRows.tailMap(afterId, false).values()) {
            Loan loan = Loan.fromSnapshot(s);
            if (needsClose(loan, day)) {
              batch.add(loan);
              loads.add(loan.id());
              loadedVersions.put(loan.id(), versions.getOrDefault(loan.id(), 0L));
              repayAfterLoad(loan.id(), day);
              if (batch.size() == limit) {
                break;
              }
            }
          }
          return batch;
        }

        @Override
        public Set<Long> saveAll(List<Loan> batch) {
          Set<Long> changed = new HashSet<>();
          List<LoanSnapshot> rows = new ArrayList<>();
          for (Loan loan : batch) {
            Long loaded = loadedVersions.remove(loan.id());
            if (loaded == null || loaded != versions.getOrDefault(loan.id(), 0L)) {
              changed.add(loan.id());
            } else {
              rows.add(loan.snapshot());
            }
          }
          pending.add(
              () ->
                  rows.forEach(
                      s -> {
                        loanRows.put(s.id(), s);
                        versions.merge(s.id(), 1L, Long::sum);
                      }));
          return changed;
        }
      };

  final CreditLines lines =
      new CreditLines() {
        @Override
        public List<CreditLine> needingClose(LocalDate day, long afterId, int limit) {
          List<CreditLine> batch = new ArrayList<>();
          for (CreditLine line : lineRows.tailMap(afterId, false).values()) {
            if (line.needsClose(day)) {
              batch.add(CreditLine.fromSnapshot(line.snapshot()));
              if (batch.size() == limit) {
                break;
              }
            }
          }
          return batch;
        }

        @Override
        public void saveAll(List<CreditLine> batch) {
          List<CreditLine> rows =
              batch.stream().map(l -> CreditLine.fromSnapshot(l.snapshot())).toList();
          pending.add(() -> rows.forEach(l -> lineRows.put(l.id(), l)));
        }
      };

  /**
   * The close of one day over this book, in batches of {@code batchSize}, without back-off waits.
   */
  CloseBusinessDay closeBusinessDay(int batchSize) {
    Backoff noWait = attempt -> {};
    return new CloseBusinessDay(loans, lines, this, this, this, this)
        .withBatchSize(batchSize)
        .withBackoff(noWait);
  }

  Loan loan(long id) {
    return Loan.fromSnapshot(loanRows.get(id));
  }

  /** The next {@code times} times the close loads {@code loanId}, 1.00 is repaid on it at once. */
  void repayEachTimeTheCloseLoads(long loanId, int times) {
    repaymentsAfterLoad.put(loanId, times);
  }

  /** Runs {@code hook} after every committed transaction (the close's batches and its own). */
  void afterEachTransaction(Runnable hook) {
    afterEachTransaction = hook;
  }

  /** Runs {@code hook} with the new date each time a day completes. */
  void onMove(java.util.function.Consumer<LocalDate> hook) {
    onMove = hook;
  }

  private void repayAfterLoad(long loanId, LocalDate day) {
    int left = repaymentsAfterLoad.getOrDefault(loanId, 0);
    if (left == 0) {
      return;
    }
    repaymentsAfterLoad.put(loanId, left - 1);
    Loan loan = Loan.fromSnapshot(loanRows.get(loanId));
    CreditLine line = CreditLine.fromSnapshot(lineRows.get(loan.lineId()).snapshot());
    var paid = new PostRepayment().post(loan, line, Money.of("1.00"), day);
    loanRows.put(loanId, loan.snapshot());
    versions.merge(loanId, 1L, Long::sum);
    lineRows.put(line.id(), line);
    journal.add(paid.entry());
    repaymentsDuringClose++;
  }

  private static boolean needsClose(Loan loan, LocalDate day) {
    if (!loan.isOpen() || loan.hasClosed(day)) {
      return false;
    }
    if (loan.status() == LoanStatus.OVERDUE) {
      return true;
    }
    for (Installment i : loan.installments()) {
      if (!i.isPaid() && !i.dueDate().isAfter(day)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void postAll(List<JournalEntry> entries) {
    List<JournalEntry> copy = List.copyOf(entries);
    pending.add(() -> journal.addAll(copy));
  }

  @Override
  public void recordAll(List<BucketChanged> changes) {
    List<BucketChanged> copy = List.copyOf(changes);
    pending.add(() -> history.addAll(copy));
  }

  @Override
  public void appendAll(List<? extends ServicingEvent> happened) {
    List<ServicingEvent> copy = List.copyOf(happened);
    pending.add(() -> events.addAll(copy));
  }

  @Override
  public void inTransaction(Runnable work) {
    pending = new ArrayList<>();
    work.run();
    pending.forEach(Runnable::run);
    pending = null;
    afterEachTransaction.run();
  }

  @Override
  public LocalDate today() {
    return businessDate;
  }

  @Override
  public void moveTo(LocalDate date) {
    pending.add(
        () -> {
          businessDate = date;
          onMove.accept(date);
        });
  }

  @Override
  public void begin(LocalDate day, Instant at) {
    pending.add(() -> runs.putIfAbsent(day, "STARTED"));
  }

  @Override
  public void complete(LocalDate day, Instant at, long loansClosed) {
    pending.add(() -> runs.put(day, "COMPLETED"));
  }
}
