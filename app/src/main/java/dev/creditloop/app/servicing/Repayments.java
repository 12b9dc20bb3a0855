package dev.creditloop.app.servicing;

import dev.creditloop.app.idempotency.IdempotentRequests;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.JdbcCreditLines;
import dev.creditloop.app.servicing.persistence.JdbcJournal;
import dev.creditloop.app.servicing.persistence.JdbcLoans;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.allocation.AllocatedAmount;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.allocation.Payoff;
import dev.creditloop.servicing.allocation.PostRepayment;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.loan.RecoverWrittenOffLoan;
import dev.creditloop.servicing.loan.WriteOff;
import dev.creditloop.servicing.loan.WriteOffLoan;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts repayments (and write-offs) to loans: the loan and its line locked, allocation by the core,
 * journal and line restore in the same transaction, at most once per idempotency key.
 */
@Service
public class Repayments {

  private final JdbcLoans loans;
  private final JdbcCreditLines lines;
  private final JdbcJournal journal;
  private final BusinessCalendar calendar;
  private final BusinessClock businessClock;
  private final ServicingEventSink events;
  private final IdempotentRequests idempotent;
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final PostRepayment postRepayment = new PostRepayment();
  private final WriteOffLoan writeOffLoan = new WriteOffLoan();
  private final RecoverWrittenOffLoan recoverWrittenOffLoan = new RecoverWrittenOffLoan();

  Repayments(
      JdbcLoans loans,
      JdbcCreditLines lines,
      JdbcJournal journal,
      BusinessCalendar calendar,
      BusinessClock businessClock,
      ServicingEventSink events,
      IdempotentRequests idempotent,
      JdbcClient jdbc,
      JsonMapper json,
      Clock clock) {
    this.loans = loans;
    this.lines = lines;
    this.journal = journal;
    this.calendar = calendar;
    this.businessClock = businessClock;
    this.events = events;
    this.idempotent = idempotent;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  public record Request(long loanId, Money amount) {}

  /** Where a repayment went, instalment by instalment and component by component. */
  public record RepaymentView(
      long loanId,
      LocalDate paidOn,
      String amount,
      boolean settled,
      String principalRepaid,
      List<Part> allocation,
      String loanStatus,
      String outstandingPrincipal) {}

  public record Part(int installment, String component, String amount) {}

  /** Money received on a written-off loan: a recovery, not a repayment. */
  public record RecoveryView(
      long loanId,
      LocalDate recoveredOn,
      String amount,
      boolean recovery,
      String recoveredTotal,
      String leftToRecover,
      String loanStatus) {}

  public IdempotentRequests.Outcome repay(Request request, String idempotencyKey) {
    return idempotent.run(
        "repayment:" + request.loanId(),
        idempotencyKey,
        request,
        () -> new IdempotentRequests.Result(201, post(request)));
  }

  private Object post(Request request) {
    Loan loan =
        loans
            .lock(request.loanId())
            .orElseThrow(() -> ApiProblem.notFound("loan", request.loanId()));
    // the date is read under the loan's lock: a close running meanwhile has either closed this loan
    // for a day and moved the date past it, or not touched it, never closed it ahead of the date
    // read
    LocalDate today = calendar.today();
    if (loan.status() == LoanStatus.WRITTEN_OFF) {
      return recover(loan, request.amount(), today);
    }
    CreditLine line = lines.lock(loan.lineId()).orElseThrow();
    Allocation a = postRepayment.post(loan, line, request.amount(), today);
    loans.save(loan);
    lines.save(line);
    journal.postAll(List.of(a.entry()));
    var at = businessClock.at(today);
    for (var e : a.events()) {
      events.append(e, at);
    }
    List<Part> parts = a.lines().stream().map(Repayments::part).toList();
    RepaymentView view =
        new RepaymentView(
            loan.id(),
            today,
            a.amount().toPlainString(),
            a.settled(),
            a.principalRepaid().toPlainString(),
            parts,
            loan.status().name(),
            loan.outstandingPrincipal().toPlainString());
    jdbc.sql(
            "insert into repayment (loan_id, amount_minor, paid_on, settled, allocation, created_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            loan.id(),
            a.amount().minor(),
            today,
            a.settled(),
            json.writeValueAsString(parts),
            Timestamp.from(clock.instant()))
        .update();
    return view;
  }

  /** Books a recovery: its own journal entry and recovery row; the loan stays WRITTEN_OFF. */
  private RecoveryView recover(Loan loan, Money amount, LocalDate today) {
    RecoverWrittenOffLoan.Recovery r = recoverWrittenOffLoan.recover(loan, amount, today);
    loans.save(loan);
    journal.postAll(List.of(r.entry()));
    jdbc.sql(
            "insert into recovery (loan_id, amount_minor, recovered_on, created_at) values (?, ?, ?, ?)")
        .params(loan.id(), amount.minor(), today, Timestamp.from(clock.instant()))
        .update();
    return new RecoveryView(
        loan.id(),
        today,
        amount.toPlainString(),
        true,
        loan.recovered().toPlainString(),
        r.leftToRecover().toPlainString(),
        loan.status().name());
  }

  /**
   * Writes a loan off: every receivable to the write-off expense (suspense cleared); the loan
   * becomes WRITTEN_OFF with the reason and operator recorded.
   */
  public Loan writeOff(long loanId, String reason, String operator) {
    LocalDate today = calendar.today();
    Loan loan = loans.lock(loanId).orElseThrow(() -> ApiProblem.notFound("loan", loanId));
    CreditLine line = lines.lock(loan.lineId()).orElseThrow();
    WriteOff w = writeOffLoan.writeOff(loan, line, today, reason, operator);
    loans.save(loan);
    lines.save(line);
    journal.postAll(w.entries());
    events.appendAll(w.events());
    return loan;
  }

  public Payoff payoff(Loan loan) {
    return Payoff.quote(loan, calendar.today());
  }

  private static Part part(AllocatedAmount a) {
    return new Part(a.installment(), a.component().name(), a.amount().toPlainString());
  }
}
