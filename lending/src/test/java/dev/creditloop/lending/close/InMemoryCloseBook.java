package dev.creditloop.lending.close;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.close.Backoff;
import dev.creditloop.servicing.close.CloseBusinessDay;
import dev.creditloop.servicing.close.Transactions;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.fixtures.InMemoryBook;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.TermUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The close's own ports (the business date, close_run) over the servicing module's in-memory book,
 * which keeps the loans, lines, journal and transactions as a database would: writes applied only
 * when a transaction commits, loan rows with versions, optional repayments that commit just after
 * the close has loaded a loan.
 */
final class InMemoryCloseBook implements BusinessDates, CloseRuns, Transactions {

  private final InMemoryBook ledger = new InMemoryBook();
  private LocalDate businessDate;
  private Consumer<LocalDate> onMove = d -> {};

  final List<JournalEntry> journal = ledger.journal;

  /** Each loan id as loaded by the close, in order. */
  final List<Long> loads = ledger.loads;

  /** close_run: day to status. */
  final Map<LocalDate, String> runs = new LinkedHashMap<>();

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
      book.ledger.put(loan);
      book.ledger.put(line);
    }
    book.businessDate = businessDate;
    return book;
  }

  /**
   * The close of one day over this book, in batches of {@code batchSize}, without back-off waits.
   */
  CloseBusinessDay closeBusinessDay(int batchSize) {
    Backoff noWait = attempt -> {};
    return ledger.closeBusinessDay().withBatchSize(batchSize).withBackoff(noWait);
  }

  Loan loan(long id) {
    return ledger.loan(id);
  }

  /** The repayments that came in during a close, as their own committed transactions. */
  int repaymentsDuringClose() {
    return ledger.repaymentsDuringClose;
  }

  /** The next {@code times} times the close loads {@code loanId}, 1.00 is repaid on it at once. */
  void repayEachTimeTheCloseLoads(long loanId, int times) {
    ledger.repayEachTimeTheCloseLoads(loanId, times, Money.of("1.00"));
  }

  /** Runs {@code hook} after every committed transaction (the close's batches and its own). */
  void afterEachTransaction(Runnable hook) {
    ledger.afterEachTransaction(hook);
  }

  /** Runs {@code hook} with the new date each time a day completes. */
  void onMove(Consumer<LocalDate> hook) {
    onMove = hook;
  }

  @Override
  public void inTransaction(Runnable work) {
    ledger.inTransaction(work);
  }

  @Override
  public LocalDate today() {
    return businessDate;
  }

  @Override
  public void moveTo(LocalDate date) {
    ledger.onCommit(
        () -> {
          businessDate = date;
          onMove.accept(date);
        });
  }

  @Override
  public void begin(LocalDate day, Instant at) {
    ledger.onCommit(() -> runs.putIfAbsent(day, "STARTED"));
  }

  @Override
  public void complete(LocalDate day, Instant at, long loansClosed) {
    ledger.onCommit(() -> runs.put(day, "COMPLETED"));
  }
}
