package dev.creditloop.tools.bench;

import dev.creditloop.app.bulk.persistence.BulkTable;
import dev.creditloop.app.servicing.DailyClose;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.Products;
import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.lending.close.CloseOutcome;
import dev.creditloop.servicing.delinquency.Bucket;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.PlannedInstallment;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.RepaymentSchedule;
import dev.creditloop.servicing.schedule.TermUnit;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily-close benchmark: loads a book of N open loans (ANNUITY, 3/6/12 months, drawn over the
 * past year, about 8% delinquent by one to three instalments) straight into the database, then
 * closes one business day through the real close path and reports loans per second end to end.
 *
 * <p>{@code java -jar app/target/creditloop.jar bench close --loans 1000000
 * --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/creditloop_bench
 * --spring.datasource.username=postgres}
 */
@Component
public class CloseBenchmark {

  private static final List<String> LOAN_COLUMNS =
      List.of(
          "id",
          "credit_line_id",
          "customer_id",
          "product_code",
          "principal_minor",
          "annual_rate",
          "repayment_method",
          "term_count",
          "term_unit",
          "drawn_on",
          "day_count_basis",
          "penalty_annual_rate",
          "grace_days",
          "allocation_order",
          "status",
          "dpd",
          "bucket",
          "closed_through",
          "next_due_on",
          "outstanding_principal_minor",
          "apr",
          "created_at");
  private static final List<String> INSTALLMENT_COLUMNS =
      List.of(
          "loan_id",
          "number",
          "due_on",
          "principal_due_minor",
          "interest_due_minor",
          "principal_paid_minor",
          "interest_paid_minor",
          "status");

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Products products;
  private final BusinessCalendar calendar;
  private final DailyClose close;
  private final dev.creditloop.app.personal.PersonalDataCipher cipher;

  CloseBenchmark(
      DataSource dataSource,
      JdbcClient jdbc,
      TransactionTemplate tx,
      Products products,
      BusinessCalendar calendar,
      DailyClose close,
      dev.creditloop.app.personal.PersonalDataCipher cipher) {
    this.cipher = cipher;
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.tx = tx;
    this.products = products;
    this.calendar = calendar;
    this.close = close;
  }

  public void run(int loans, int days) {
    if (jdbc.sql("select count(*) from loan").query(Long.class).single() > 0) {
      System.out.println("bench close: the database already holds loans; give an empty database");
      return;
    }
    LocalDate today = LocalDate.of(2026, 6, 15);
    calendar.startAt(today);
    Product product =
        new Product(
            "BENCH",
            "Benchmark cash loan",
            RepaymentMethod.ANNUITY,
            TermUnit.MONTHS,
            new TreeSet<>(List.of(3, 6, 12)),
            Rate.of("0.18"),
            DayCountBasis.D360,
            Rate.of("0.36"),
            3,
            Fees.NONE,
            null,
            Rate.of("0.24"));
    products.add(product);
    long loadStart = System.nanoTime();
    long installments = load(product, loans, today);
    jdbc.sql("select setval('loan_seq', ?)").param((long) loans).query(Long.class).single();
    jdbc.sql("select setval('credit_line_seq', ?)").param((long) loans).query(Long.class).single();
    analyze();
    long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
    long overdue =
        jdbc.sql("select count(*) from loan where status = 'OVERDUE'").query(Long.class).single();
    long dueToday =
        jdbc.sql("select count(*) from loan where status = 'NORMAL' and next_due_on <= ?")
            .param(today)
            .query(Long.class)
            .single();
    System.out.printf(
        "bench close: loaded %,d open loans (%,d instalments, %,d overdue, %,d due on %s) in %,d ms%n",
        loans, installments, overdue, dueToday, today, loadMillis);
    for (int d = 0; d < days; d++) {
      long start = System.nanoTime();
      var run = close.closeThrough(calendar.today());
      if (!(run.outcome() instanceof CloseOutcome.Closed done)) {
        throw new IllegalStateException("bench close: the close did not close the day: " + run);
      }
      var closed = done.days().get(0);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "bench close: closed %s: %,d open loans in the book, %,d with work to do, %,d journal entries,"
              + " %,d bucket changes in %.2f s = %,.0f book loans/s, %,.0f worked loans/s%n",
          closed.day(),
          loans,
          closed.loansClosed(),
          closed.entriesPosted(),
          closed.bucketChanges(),
          seconds,
          loans / seconds,
          closed.loansClosed() / seconds);
    }
  }

  private long load(Product product, int loans, LocalDate today) {
    Random random = new Random(7);
    Timestamp now = Timestamp.from(Instant.now());
    long installments = 0;
    try (var customers =
            new dev.creditloop.tools.bulk.CustomerBulkRows(dataSource, cipher, Integer.MAX_VALUE);
        BulkTable lines =
            new BulkTable(
                dataSource,
                "credit_line",
                List.of(
                    "id",
                    "customer_id",
                    "product_code",
                    "limit_minor",
                    "outstanding_principal_minor",
                    "status",
                    "granted_on",
                    "expires_on",
                    "created_at"),
                Integer.MAX_VALUE);
        BulkTable loanRows = new BulkTable(dataSource, "loan", LOAN_COLUMNS, Integer.MAX_VALUE);
        BulkTable rows =
            new BulkTable(dataSource, "installment", INSTALLMENT_COLUMNS, Integer.MAX_VALUE)) {
      for (int id = 1; id <= loans; id++) {
        int term = List.of(3, 6, 12).get(random.nextInt(3));
        LocalDate drawn = today.minusDays(1 + random.nextInt(term * 30 - 2));
        Money principal = Money.ofMinor((5 + random.nextInt(196)) * 10_000L);
        RepaymentSchedule s = RepaymentSchedule.plan(product.scheduleTerms(principal, term, drawn));
        boolean delinquent = random.nextInt(100) < 8;
        int missed = delinquent ? 1 + random.nextInt(3) : 0;
        int pastDue =
            (int) s.installments().stream().filter(i -> i.dueDate().isBefore(today)).count();
        int firstUnpaid = Math.max(0, pastDue - missed);
        long outstanding = 0;
        LocalDate nextDue = null;
        for (PlannedInstallment p : s.installments()) {
          boolean paid = p.number() <= firstUnpaid;
          String status = paid ? "PAID" : p.dueDate().isBefore(today) ? "OVERDUE" : "PENDING";
          if (!paid) {
            outstanding += p.principal().minor();
            if (nextDue == null) {
              nextDue = p.dueDate();
            }
          }
          rows.add(
              id,
              p.number(),
              p.dueDate(),
              p.principal().minor(),
              p.interest().minor(),
              paid ? p.principal().minor() : 0,
              paid ? p.interest().minor() : 0,
              status);
          installments++;
        }
        int dpd =
            nextDue != null && nextDue.isBefore(today)
                ? (int) ChronoUnit.DAYS.between(nextDue, today)
                : 0;
        customers.add(
            id,
            "Bench " + id,
            String.format("9%017d", id),
            String.format("139%08d", id % 100_000_000),
            now);
        lines.add(
            id,
            id,
            "BENCH",
            2_000_000L,
            outstanding,
            "ACTIVE",
            drawn.minusDays(1),
            today.plusYears(2),
            now);
        loanRows.add(
            id,
            id,
            id,
            "BENCH",
            principal.minor(),
            product.annualRate().value(),
            "ANNUITY",
            term,
            "MONTHS",
            drawn,
            360,
            product.penaltyAnnualRate().value(),
            product.graceDays(),
            "PENALTY,FEE,INTEREST,PRINCIPAL",
            dpd > 0 ? "OVERDUE" : "NORMAL",
            dpd,
            Bucket.of(dpd).name(),
            today.minusDays(1),
            nextDue,
            outstanding,
            s.apr().value(),
            now);
        if (id % 20_000 == 0 || id == loans) {
          // parents before children: the foreign keys are checked row by row
          customers.flush();
          lines.flush();
          loanRows.flush();
          rows.flush();
        }
        if (id % 100_000 == 0) {
          System.out.printf("bench close: generated %,d loans%n", id);
        }
      }
    }
    return installments;
  }

  /**
   * Statistics for the tables loaded, and only those: a table analyzed while empty (the journal) is
   * planned as empty, and the foreign-key check of every journal line, planned once per connection
   * while the table is small, then scans the growing table instead of its key (measured: a
   * 1,000,000 loan close 4x slower) until autovacuum analyzes it again. Left alone, an empty table
   * is planned as a small one, which keeps the key lookup.
   */
  private void analyze() {
    try {
      jdbc.sql("analyze customer, credit_line, loan, installment, product").update();
    } catch (RuntimeException notPostgres) {
      // H2 keeps its own statistics
    }
  }
}
