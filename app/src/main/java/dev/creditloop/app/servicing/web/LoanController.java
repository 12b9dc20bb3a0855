package dev.creditloop.app.servicing.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.creditloop.app.idempotency.web.IdempotentRequests;
import dev.creditloop.app.scope.DataScope;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.JdbcDelinquencyHistory;
import dev.creditloop.app.servicing.persistence.JdbcJournal;
import dev.creditloop.app.servicing.persistence.JdbcLoans;
import dev.creditloop.app.servicing.persistence.JdbcReceipts;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import dev.creditloop.app.web.Page;
import dev.creditloop.kernel.Money;
import dev.creditloop.lending.repayment.PostRepayment;
import dev.creditloop.lending.repayment.RepaymentCommand;
import dev.creditloop.lending.repayment.RepaymentOutcome;
import dev.creditloop.lending.writeoff.WriteOffLoan;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.allocation.Payoff;
import dev.creditloop.servicing.delinquency.Bucket;
import dev.creditloop.servicing.loan.Loan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/loans")
@Tag(
    name = "Loans",
    description = "Loans (借据): balances, delinquency, instalments, journal, repayments")
class LoanController {

  private final JdbcLoans loans;
  private final JdbcJournal journal;
  private final JdbcDelinquencyHistory history;
  private final PostRepayment postRepayment;
  private final WriteOffLoan writeOffLoan;
  private final IdempotentRequests idempotent;
  private final BusinessCalendar calendar;
  private final DataScope scope;

  LoanController(
      JdbcLoans loans,
      JdbcJournal journal,
      JdbcDelinquencyHistory history,
      PostRepayment postRepayment,
      WriteOffLoan writeOffLoan,
      IdempotentRequests idempotent,
      BusinessCalendar calendar,
      DataScope scope) {
    this.scope = scope;
    this.loans = loans;
    this.journal = journal;
    this.history = history;
    this.postRepayment = postRepayment;
    this.writeOffLoan = writeOffLoan;
    this.idempotent = idempotent;
    this.calendar = calendar;
  }

  /** Where a repayment went, instalment by instalment and component by component. */
  record RepaymentView(
      long loanId,
      LocalDate paidOn,
      String amount,
      boolean settled,
      String principalRepaid,
      List<JdbcReceipts.Part> allocation,
      String loanStatus,
      String outstandingPrincipal) {}

  /** Money received on a written-off loan: a recovery, not a repayment. */
  record RecoveryView(
      long loanId,
      LocalDate recoveredOn,
      String amount,
      boolean recovery,
      String recoveredTotal,
      String leftToRecover,
      String loanStatus) {}

  record RepaymentRequest(
      @Schema(
              requiredMode = REQUIRED,
              example = "1200.00",
              description =
                  "the amount received: a decimal string, at most two "
                      + "decimals, above zero and at most the payoff")
          BigDecimal amount) {}

  record WriteOffRequest(
      @Schema(
              requiredMode = REQUIRED,
              example = "uncollectable after 180 days, legal review closed",
              maxLength = 500,
              description = "why the loan is written off, for the record")
          String reason) {}

  private static final List<String> STATUSES =
      List.of("NORMAL", "OVERDUE", "SETTLED", "WRITTEN_OFF");

  @GetMapping
  @Operation(
      summary =
          "Loans, newest first, a page at a time (cursor and limit); filter by status (NORMAL, OVERDUE, SETTLED, "
              + "WRITTEN_OFF), bucket (M0 ... M6_PLUS), days past due (dpdMin, dpdMax, inclusive), productCode, customerId")
  Page<LoanView> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String bucket,
      @RequestParam(required = false) Integer dpdMin,
      @RequestParam(required = false) Integer dpdMax,
      @RequestParam(required = false) String productCode,
      @RequestParam(required = false) Long customerId,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    Fields f = Fields.check();
    f.that(status == null || STATUSES.contains(status), "status", "must be one of " + STATUSES);
    f.that(
        bucket == null || Arrays.stream(Bucket.values()).anyMatch(b -> b.name().equals(bucket)),
        "bucket",
        "must be one of " + Arrays.toString(Bucket.values()));
    f.that(dpdMin == null || dpdMin >= 0, "dpdMin", "must not be negative");
    f.that(dpdMax == null || dpdMax >= 0, "dpdMax", "must not be negative");
    f.that(
        dpdMin == null || dpdMax == null || dpdMin <= dpdMax, "dpdMax", "must not be below dpdMin");
    f.orThrow();
    Page.Request page = Page.Request.of(cursor, limit);
    List<Loan> found =
        loans.search(
            new JdbcLoans.Filter(
                status, bucket, dpdMin, dpdMax, productCode, customerId, scope.agency()),
            page.afterId(),
            page.fetch());
    Map<Long, List<JdbcDelinquencyHistory.Transition>> histories =
        history.ofLoans(found.stream().map(Loan::id).toList());
    return page.page(
        found.stream().map(l -> view(l, histories.getOrDefault(l.id(), List.of()))).toList(),
        LoanView::id);
  }

  @GetMapping("/{id}")
  @Operation(
      summary =
          "A loan: status, balances, dpd, bucket, payoff on the business date, instalments, delinquency history")
  LoanView get(@PathVariable long id) {
    Loan loan = loans.find(id).orElseThrow(() -> ApiProblem.notFound("loan", id));
    return view(loan, history.ofLoan(id));
  }

  @GetMapping("/{id}/journal")
  @Operation(
      summary =
          "The loan's journal entries, each balanced, oldest first, a page at a time (cursor and limit)")
  Page<JdbcJournal.StoredEntry> journal(
      @PathVariable long id,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    Page.Request page = Page.Request.of(cursor, limit);
    loans.find(id).orElseThrow(() -> ApiProblem.notFound("loan", id));
    return page.pageOf(journal.ofLoan(id), JdbcJournal.StoredEntry::id, Long::valueOf, false);
  }

  private LoanView view(Loan loan, List<JdbcDelinquencyHistory.Transition> transitions) {
    return LoanView.of(
        loan, loan.isOpen() ? Payoff.quote(loan, calendar.today()) : null, transitions);
  }

  @PostMapping("/{id}/repayments")
  @Operation(
      summary =
          "Repay: oldest overdue first, in the product's component order; the payoff settles early; above the payoff "
              + "is refused. On a written-off loan the money is a recovery (Dr cash clearing / Cr recovery income), up to what was "
              + "written off. Send an Idempotency-Key header: a repeat returns the first answer and posts nothing twice.")
  ResponseEntity<String> repay(
      @PathVariable long id,
      @RequestBody RepaymentRequest body,
      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    Fields f = Fields.check();
    Money amount = f.positiveMoney("amount", body.amount());
    f.orThrow();
    loans.find(id).orElseThrow(() -> ApiProblem.notFound("loan", id));
    RepaymentCommand command = new RepaymentCommand(id, amount);
    return CreditLineController.respond(
        idempotent.run(
            "repayment:" + id,
            key,
            command,
            () -> new IdempotentRequests.Result(201, answer(postRepayment.post(command)))));
  }

  private static Object answer(RepaymentOutcome outcome) {
    if (outcome instanceof RepaymentOutcome.Recovered r) {
      Loan loan = r.loan();
      return new RecoveryView(
          loan.id(),
          r.on(),
          r.amount().toPlainString(),
          true,
          loan.recovered().toPlainString(),
          r.leftToRecover().toPlainString(),
          loan.status().name());
    }
    RepaymentOutcome.Repaid repaid = (RepaymentOutcome.Repaid) outcome;
    Loan loan = repaid.loan();
    Allocation a = repaid.allocation();
    return new RepaymentView(
        loan.id(),
        a.on(),
        a.amount().toPlainString(),
        a.settled(),
        a.principalRepaid().toPlainString(),
        a.lines().stream().map(JdbcReceipts.Part::of).toList(),
        loan.status().name(),
        loan.outstandingPrincipal().toPlainString());
  }

  @PostMapping("/{id}/write-off")
  @Operation(
      summary =
          "Write the loan off (核销) with a reason: every receivable to the write-off expense (suspense cleared); "
              + "the operator is the signed-in user; the customer's lines stay closed to drawing")
  LoanView writeOff(
      @PathVariable long id,
      @RequestBody(required = false) WriteOffRequest body,
      Principal principal) {
    Fields f = Fields.check();
    String reason = body == null ? null : body.reason();
    f.required("reason", reason);
    f.that(reason == null || reason.length() <= 500, "reason", "must be at most 500 characters");
    f.orThrow();
    String operator = principal == null ? "system" : principal.getName();
    Loan loan = writeOffLoan.writeOff(id, reason, operator);
    return view(loan, history.ofLoan(id));
  }
}
