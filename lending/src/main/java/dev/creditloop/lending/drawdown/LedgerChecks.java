package dev.creditloop.lending.drawdown;

import dev.creditloop.lending.LendingException;
import dev.creditloop.lending.port.BusinessCalendar;
import dev.creditloop.lending.port.CreditLines;
import dev.creditloop.lending.port.Loans;
import dev.creditloop.lending.port.Products;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.Term;
import dev.creditloop.servicing.schedule.TermUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The ledger's own refusals of a drawdown, which come before any strategy: the line exists, the
 * term is in the product's unit and offered, the customer has no written-off loan, and the line
 * could pay the amount out today (not frozen, not expired, not over the available amount). A
 * refusal throws ({@link ServicingException}, or {@link LendingException} for a line that does not
 * exist) and nothing is written.
 */
public final class LedgerChecks {

  private final CreditLines lines;
  private final Products products;
  private final Loans loans;
  private final BusinessCalendar calendar;

  public LedgerChecks(
      CreditLines lines, Products products, Loans loans, BusinessCalendar calendar) {
    this.lines = lines;
    this.products = products;
    this.loans = loans;
    this.calendar = calendar;
  }

  /**
   * A request the ledger would pay out, with what the gate needs to see it.
   *
   * @param at the request's instant on the business clock
   * @param currentDpd the customer's largest days past due over open loans
   */
  record Cleared(
      CreditLine line, Product product, Term term, LocalDate today, Instant at, int currentDpd) {

    DrawdownGate.Request ask(DrawdownCommand command, boolean precheck) {
      return new DrawdownGate.Request(
          line.customerId(),
          line.id(),
          command.amount(),
          term,
          at,
          command.deviceId(),
          currentDpd,
          precheck);
    }
  }

  /** Checks the request on the line locked for the caller's unit of work: one read of the book. */
  Cleared lockAndCheck(DrawdownCommand command) {
    LocalDate today = calendar.today();
    CreditLines.WithStanding locked = present(lines.lockWithStanding(command.lineId()), command);
    Product product = products.find(locked.line().productCode()).orElseThrow();
    Term term = termOf(product, command);
    return check(locked.line(), product, term, locked.standing(), today, command);
  }

  /** Checks the request on the line as stored, locking nothing: one read of the book. */
  Cleared findAndCheck(DrawdownCommand command) {
    LocalDate today = calendar.today();
    CreditLines.WithStanding found = present(lines.findWithStanding(command.lineId()), command);
    Product product = products.find(found.line().productCode()).orElseThrow();
    Term term = termOf(product, command);
    return check(found.line(), product, term, found.standing(), today, command);
  }

  private static <T> T present(Optional<T> found, DrawdownCommand command) {
    return found.orElseThrow(() -> LendingException.notFound("credit line", command.lineId()));
  }

  private Cleared check(
      CreditLine line,
      Product product,
      Term term,
      Loans.Standing standing,
      LocalDate today,
      DrawdownCommand command) {
    requireNone(standing.writtenOffLoan(), line.customerId());
    Instant at = calendar.at(today);
    // frozen, expired, over the available amount: tried on a copy, so nothing is reserved yet
    CreditLine.fromSnapshot(line.snapshot()).reserve(command.amount(), today);
    return new Cleared(line, product, term, today, at, standing.currentDpd());
  }

  /** The request's term, in the product's unit and among its terms. */
  private static Term termOf(Product product, DrawdownCommand command) {
    boolean productInMonths = product.termUnit() == TermUnit.MONTHS;
    if (productInMonths != command.termInMonths()) {
      throw new ServicingException(
          Problem.TERM_NOT_ALLOWED,
          command.termInMonths() ? "termMonths" : "termDays",
          "product "
              + product.code()
              + " has terms in "
              + (productInMonths ? "months: give termMonths" : "days: give termDays"));
    }
    return product.term(command.term());
  }

  /**
   * A customer with a written-off loan draws on none of their lines, and none of them is unfrozen
   * ({@code line.ChangeCreditLine}).
   */
  public static void requireNoWrittenOffLoan(Loans loans, long customerId) {
    requireNone(loans.writtenOffLoanOf(customerId), customerId);
  }

  private static void requireNone(Optional<Long> writtenOff, long customerId) {
    if (writtenOff.isPresent()) {
      throw new ServicingException(
          Problem.CUSTOMER_WRITTEN_OFF,
          "customerId",
          "customer "
              + customerId
              + " has a written-off loan ("
              + writtenOff.get()
              + "): their lines stay closed to drawing");
    }
  }
}
