package dev.creditloop.servicing.close;

import static dev.creditloop.servicing.fixtures.ProductBuilder.aProduct;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanSnapshot;
import dev.creditloop.servicing.product.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A rough single-threaded figure for {@link CloseLoanDay} in memory (not a JMH benchmark, not run
 * by the build). The mix a close loads: 12-month annuity loans, 70% already overdue and accruing
 * penalty, 30% with an instalment falling due tonight; loaded in batches of 1000 as the app does,
 * only the close itself timed. Run:
 *
 * <pre>
 * ./mvnw -q -o -pl servicing test-compile &&
 *   java -cp servicing/target/classes:servicing/target/test-classes:kernel/target/classes \
 *   dev.creditloop.servicing.close.CloseThroughput 1000000
 * </pre>
 */
public final class CloseThroughput {

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Product product = aProduct().withMonths(12).withGraceDays(0).build();
    LocalDate drawn = LocalDate.of(2024, 1, 15);
    LocalDate firstDue = LocalDate.of(2024, 2, 15);
    LoanSnapshot overdue = drawOne(product, drawn, firstDue.plusDays(10));
    LoanSnapshot fallingDue = drawOne(product, drawn, firstDue.minusDays(1));
    CloseLoanDay close = new CloseLoanDay();
    for (int round = 0; round < 5; round++) {
      long nanos = 0;
      long entries = 0;
      // loaded and saved in batches of 1000 as the app does; only the close itself is timed
      List<Loan> batch = new ArrayList<>(1000);
      for (int done = 0; done < n; done += 1000) {
        batch.clear();
        for (int i = 0; i < 1000; i++) {
          batch.add(Loan.fromSnapshot(i % 10 < 7 ? overdue : fallingDue));
        }
        CloseOutput out = new CloseOutput(1000);
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
          // falling-due loans close 15 Feb, overdue ones 26 Feb: one day of work each
          close.close(batch.get(i), i % 10 < 7 ? firstDue.plusDays(11) : firstDue, out);
        }
        nanos += System.nanoTime() - start;
        entries += out.entries.size();
      }
      System.out.printf(
          "round %d: %,d loans closed in %.3f s = %,.0f loans/s (%,d entries)%n",
          round, n, nanos / 1e9, n / (nanos / 1e9), entries);
    }
  }

  private static LoanSnapshot drawOne(Product product, LocalDate drawn, LocalDate closedThrough) {
    CreditLine line =
        CreditLine.grant(1, 1, product.code(), Money.of("100000.00"), drawn, drawn.plusYears(3));
    Loan loan = new DrawDown().draw(line, product, Money.of("12000.00"), 12, 1, drawn).loan();
    CloseLoanDay close = new CloseLoanDay();
    for (LocalDate d = drawn; !d.isAfter(closedThrough); d = d.plusDays(1)) {
      close.close(loan, d);
    }
    return loan.snapshot();
  }
}
