package dev.creditloop.servicing.loan;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.EntryKind;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.RepaymentSchedule;
import java.time.LocalDate;

/**
 * Drawdown (支用): checks the request against the product (term offered, APR within the cap),
 * reserves the amount on the credit line, and opens the loan with its schedule. The whole amount is
 * disbursed: up-front fees are charged with the first instalment, never deducted.
 *
 * <p>Journal: Dr LOANS_RECEIVABLE / Cr CASH_CLEARING, the amount, on the drawdown date.
 */
public final class DrawDown {

  /**
   * @param term in the product's term unit (months or days)
   * @throws ServicingException product-mismatch, invalid-amount, term-not-allowed,
   *     apr-cap-exceeded, line-frozen, line-expired, line-closed, amount-exceeds-available
   */
  public DrawdownResult draw(
      CreditLine line, Product product, Money amount, int term, long loanId, LocalDate on) {
    if (!line.productCode().equals(product.code())) {
      throw new ServicingException(
          Problem.PRODUCT_MISMATCH,
          "productCode",
          "line " + line.id() + " is for product " + line.productCode());
    }
    if (!amount.isPositive()) {
      throw new ServicingException(
          Problem.INVALID_AMOUNT, "amount", "must be positive, was " + amount);
    }
    RepaymentSchedule schedule = RepaymentSchedule.plan(product.scheduleTerms(amount, term, on));
    if (!product.withinAprCap(schedule.apr())) {
      throw new ServicingException(
          Problem.APR_CAP_EXCEEDED,
          "term",
          "the APR of this loan is "
              + schedule.apr()
              + ", above the product's cap "
              + product.aprCap());
    }
    line.reserve(amount, on);
    LoanTerms terms = LoanTerms.of(product, schedule);
    Loan loan = Loan.drawn(loanId, line.id(), line.customerId(), product.code(), terms, schedule);
    JournalEntry entry =
        JournalEntry.of(
            EntryKind.DISBURSEMENT,
            loanId,
            on,
            Account.LOANS_RECEIVABLE,
            Account.CASH_CLEARING,
            amount);
    DrawdownDisbursed event =
        new DrawdownDisbursed(
            loanId,
            line.id(),
            line.customerId(),
            product.code(),
            amount,
            terms.term(),
            schedule.apr(),
            on);
    return new DrawdownResult(loan, schedule, entry, event);
  }
}
