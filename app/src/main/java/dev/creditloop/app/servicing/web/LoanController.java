package dev.creditloop.app.servicing.web;

import dev.creditloop.app.servicing.Repayments;
import dev.creditloop.app.servicing.persistence.JdbcDelinquencyHistory;
import dev.creditloop.app.servicing.persistence.JdbcJournal;
import dev.creditloop.app.servicing.persistence.JdbcLoans;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.loan.Loan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
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
@Tag(name = "Loans", description = "Loans (借据): balances, delinquency, instalments, journal, repayments")
class LoanController {

  private final JdbcLoans loans;
  private final JdbcJournal journal;
  private final JdbcDelinquencyHistory history;
  private final Repayments repayments;
  private final TransactionTemplate tx;
  private final JdbcClient jdbc;

  LoanController(JdbcLoans loans, JdbcJournal journal, JdbcDelinquencyHistory history, Repayments repayments,
                 TransactionTemplate tx, JdbcClient jdbc) {
    this.loans = loans;
    this.journal = journal;
    this.history = history;
    this.repayments = repayments;
    this.tx = tx;
    this.jdbc = jdbc;
  }

  record RepaymentRequest(BigDecimal amount) {}

  record WriteOffRequest(String reason) {}

  record LoanSummary(long id, long creditLineId, long customerId, String productCode, String principal, String status, int dpd,
                     String bucket, String outstandingPrincipal) {}

  record LoanDetail(LoanView loan, List<JdbcDelinquencyHistory.Transition> delinquencyHistory) {}

  @GetMapping
  @Operation(summary = "Loans, newest first; filter by status (NORMAL, OVERDUE, SETTLED, WRITTEN_OFF) or customerId")
  List<LoanSummary> list(@RequestParam(required = false) String status, @RequestParam(required = false) Long customerId,
                         @RequestParam(defaultValue = "50") int limit) {
    Fields f = Fields.check();
    f.that(limit > 0 && limit <= 1000, "limit", "must be between 1 and 1000");
    f.that(status == null || List.of("NORMAL", "OVERDUE", "SETTLED", "WRITTEN_OFF").contains(status), "status",
        "must be NORMAL, OVERDUE, SETTLED or WRITTEN_OFF");
    f.orThrow();
    StringBuilder sql = new StringBuilder("select id, credit_line_id, customer_id, product_code, principal_minor, status, dpd, bucket,"
        + " outstanding_principal_minor from loan where 1 = 1");
    List<Object> params = new java.util.ArrayList<>();
    if (status != null) {
      sql.append(" and status = ?");
      params.add(status);
    }
    if (customerId != null) {
      sql.append(" and customer_id = ?");
      params.add(customerId);
    }
    sql.append(" order by id desc limit ?");
    params.add(limit);
    return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new LoanSummary(rs.getLong("id"), rs.getLong("credit_line_id"),
        rs.getLong("customer_id"), rs.getString("product_code"), Money.ofMinor(rs.getLong("principal_minor")).toPlainString(),
        rs.getString("status"), rs.getInt("dpd"), rs.getString("bucket"),
        Money.ofMinor(rs.getLong("outstanding_principal_minor")).toPlainString())).list();
  }

  @GetMapping("/{id}")
  @Operation(summary = "A loan: status, balances, dpd, bucket, payoff on the business date, instalments, delinquency history")
  LoanDetail get(@PathVariable long id) {
    Loan loan = loans.find(id).orElseThrow(() -> ApiProblem.notFound("loan", id));
    return new LoanDetail(LoanView.of(loan, loan.isOpen() ? repayments.payoff(loan) : null), history.ofLoan(id));
  }

  @GetMapping("/{id}/journal")
  @Operation(summary = "The loan's journal entries, each balanced")
  List<JdbcJournal.StoredEntry> journal(@PathVariable long id) {
    loans.find(id).orElseThrow(() -> ApiProblem.notFound("loan", id));
    return journal.ofLoan(id);
  }

  @PostMapping("/{id}/repayments")
  @Operation(summary = "Repay: oldest overdue first, in the product's component order; the payoff settles early; above the payoff "
      + "is refused. On a written-off loan the money is a recovery (Dr cash clearing / Cr recovery income), up to what was "
      + "written off. Send an Idempotency-Key header: a repeat returns the first answer and posts nothing twice.")
  ResponseEntity<String> repay(@PathVariable long id, @RequestBody RepaymentRequest body,
                               @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    Fields f = Fields.check();
    Money amount = f.positiveMoney("amount", body.amount());
    f.orThrow();
    loans.find(id).orElseThrow(() -> ApiProblem.notFound("loan", id));
    return CreditLineController.respond(repayments.repay(new Repayments.Request(id, amount), key));
  }

  @PostMapping("/{id}/write-off")
  @Operation(summary = "Write the loan off (核销) with a reason: every receivable to the write-off expense (suspense cleared); "
      + "the operator is the authenticated user; the customer's lines stay closed to drawing")
  LoanDetail writeOff(@PathVariable long id, @RequestBody(required = false) WriteOffRequest body, Principal principal) {
    Fields f = Fields.check();
    String reason = body == null ? null : body.reason();
    f.required("reason", reason);
    f.that(reason == null || reason.length() <= 500, "reason", "must be at most 500 characters");
    f.orThrow();
    // authentication is added separately and will fill the principal; until then the operator is "system"
    String operator = principal == null ? "system" : principal.getName();
    Loan loan = tx.execute(s -> repayments.writeOff(id, reason, operator));
    return new LoanDetail(LoanView.of(loan, null), history.ofLoan(id));
  }
}
