package dev.creditloop.benchmarks.servicing;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.close.CloseLoanDay;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanSnapshot;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.TermUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The daily close of one loan in memory, the core alone (no database): a batch of 10,000 loans as
 * the close loads them (12-month annuities; 70% overdue and accruing penalty, 30% with an
 * instalment falling due tonight), each closed for one day. Loans are rebuilt from snapshots before
 * every batch, outside the measured time. Score: loans closed per second on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CloseLoanDayBenchmark {

  static final int BATCH = 10_000;
  static final LocalDate DRAWN = LocalDate.of(2024, 1, 15);
  static final LocalDate FIRST_DUE = LocalDate.of(2024, 2, 15);

  LoanSnapshot overdue;
  LoanSnapshot fallingDue;
  Loan[] loans = new Loan[BATCH];
  final CloseLoanDay close = new CloseLoanDay();

  @Setup(Level.Trial)
  public void book() {
    Product product =
        new Product(
            "B",
            "bench",
            RepaymentMethod.ANNUITY,
            TermUnit.MONTHS,
            new TreeSet<>(List.of(12)),
            Rate.of("0.18"),
            DayCountBasis.D360,
            Rate.of("0.36"),
            0,
            Fees.NONE,
            null,
            Rate.of("0.24"));
    overdue = drawnAndClosedThrough(product, FIRST_DUE.plusDays(10));
    fallingDue = drawnAndClosedThrough(product, FIRST_DUE.minusDays(1));
  }

  @Setup(Level.Invocation)
  public void loadBatch() {
    for (int i = 0; i < BATCH; i++) {
      loans[i] = Loan.fromSnapshot(i % 10 < 7 ? overdue : fallingDue);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void closeOneDay(Blackhole bh) {
    LocalDate overdueDay = FIRST_DUE.plusDays(11);
    for (int i = 0; i < BATCH; i++) {
      bh.consume(close.close(loans[i], i % 10 < 7 ? overdueDay : FIRST_DUE));
    }
  }

  private static LoanSnapshot drawnAndClosedThrough(Product product, LocalDate through) {
    CreditLine line =
        CreditLine.grant(1, 1, product.code(), Money.of("100000.00"), DRAWN, DRAWN.plusYears(3));
    Loan loan = new DrawDown().draw(line, product, Money.of("12000.00"), 12, 1, DRAWN).loan();
    CloseLoanDay close = new CloseLoanDay();
    for (LocalDate d = DRAWN; !d.isAfter(through); d = d.plusDays(1)) {
      close.close(loan, d);
    }
    return loan.snapshot();
  }
}
