package dev.creditloop.app.servicing.web;

import dev.creditloop.app.servicing.persistence.JdbcDelinquencyHistory;
import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanWrittenOff;
import dev.creditloop.servicing.product.Component;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan (借据) as the API shows it: terms, status, balances, delinquency, instalments. {@code
 * penaltyUnposted} is the penalty charged since the close last posted penalty to the journal
 * (month-end posting); the journal's PENALTY_RECEIVABLE for the loan is the unpaid penalty less it.
 * The one shape of a loan in every answer (a drawdown, a review's approval, a repayment's loan, a
 * write-off, the loan list and one loan): build it with {@link #of}, never a shape of its own.
 * {@code payoff} is null when the loan has ended.
 *
 * <p>{@code nonAccrualOn} is the day the loan stopped recognising income (非应计, null while it
 * accrues) and {@code penaltySuspense} its unpaid penalty held in PENALTY_SUSPENSE. A written-off
 * loan shows {@code outstandingPrincipal} 0.00 and what was written off, why and by whom in {@code
 * writtenOff}, with what has been recovered since.
 */
public record LoanView(
    long id,
    long creditLineId,
    long customerId,
    String productCode,
    String principal,
    String annualRate,
    String apr,
    String repaymentMethod,
    String term,
    LocalDate drawnOn,
    String status,
    int dpd,
    String bucket,
    String outstandingPrincipal,
    String penaltyAccrued,
    String penaltyUnposted,
    LocalDate closedThrough,
    LocalDate endedOn,
    Payoff payoff,
    List<InstallmentView> installments,
    List<JdbcDelinquencyHistory.Transition> delinquencyHistory,
    LocalDate nonAccrualOn,
    String penaltySuspense,
    WrittenOff writtenOff) {

  /**
   * What the write-off took off the books, when, why and by whom; recoveries since and what is left
   * to recover.
   */
  public record WrittenOff(
      String principal,
      String interest,
      String fee,
      String penalty,
      String total,
      LocalDate on,
      String reason,
      String by,
      String recovered,
      String leftToRecover) {}

  /** The amount that settles the loan on the business date. */
  public record Payoff(
      LocalDate on, String principal, String interest, String fee, String penalty, String total) {}

  public record InstallmentView(
      int number,
      LocalDate dueDate,
      String status,
      String principalDue,
      String interestDue,
      String feeDue,
      String penaltyDue,
      String principalPaid,
      String interestPaid,
      String feePaid,
      String penaltyPaid,
      String waived,
      String unpaid) {}

  public static LoanView of(
      Loan loan,
      dev.creditloop.servicing.allocation.Payoff payoff,
      List<JdbcDelinquencyHistory.Transition> delinquencyHistory) {
    List<InstallmentView> rows = loan.installments().stream().map(LoanView::row).toList();
    var t = loan.terms();
    return new LoanView(
        loan.id(),
        loan.lineId(),
        loan.customerId(),
        loan.productCode(),
        t.principal().toPlainString(),
        t.annualRate().toPlainString(),
        t.apr().toPlainString(),
        t.method().name(),
        t.term().toString(),
        t.drawnOn(),
        loan.status().name(),
        loan.dpd(),
        loan.bucket().name(),
        loan.outstandingPrincipal().toPlainString(),
        loan.penaltyAccrued().toPlainString(),
        loan.penaltyUnposted().toPlainString(),
        loan.closedThrough().orElse(null),
        loan.endedOn().orElse(null),
        payoff == null
            ? null
            : new Payoff(
                payoff.on(),
                payoff.principal().toPlainString(),
                payoff.interest().toPlainString(),
                payoff.fee().toPlainString(),
                payoff.penalty().toPlainString(),
                payoff.total().toPlainString()),
        rows,
        List.copyOf(delinquencyHistory),
        loan.nonAccrualOn().orElse(null),
        loan.penaltySuspense().toPlainString(),
        loan.writtenOff().map(w -> writtenOff(w, loan.recovered())).orElse(null));
  }

  private static WrittenOff writtenOff(LoanWrittenOff w, Money recovered) {
    return new WrittenOff(
        w.principal().toPlainString(),
        w.interest().toPlainString(),
        w.fee().toPlainString(),
        w.penalty().toPlainString(),
        w.total().toPlainString(),
        w.on(),
        w.reason(),
        w.by(),
        recovered.toPlainString(),
        w.total().minus(recovered).toPlainString());
  }

  private static InstallmentView row(Installment i) {
    return new InstallmentView(
        i.number(),
        i.dueDate(),
        i.status().name(),
        i.due(Component.PRINCIPAL).toPlainString(),
        i.due(Component.INTEREST).toPlainString(),
        i.due(Component.FEE).toPlainString(),
        i.due(Component.PENALTY).toPlainString(),
        i.paid(Component.PRINCIPAL).toPlainString(),
        i.paid(Component.INTEREST).toPlainString(),
        i.paid(Component.FEE).toPlainString(),
        i.paid(Component.PENALTY).toPlainString(),
        i.waived(Component.INTEREST).plus(i.waived(Component.FEE)).toPlainString(),
        i.unpaidTotal().toPlainString());
  }
}
