package dev.creditloop.app.servicing.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.creditloop.app.idempotency.web.IdempotentRequests;
import dev.creditloop.app.scope.DataScope;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.JdbcCreditLines;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import dev.creditloop.app.web.Problems;
import dev.creditloop.kernel.Money;
import dev.creditloop.lending.LendingException;
import dev.creditloop.lending.drawdown.DrawdownCommand;
import dev.creditloop.lending.drawdown.DrawdownGate;
import dev.creditloop.lending.drawdown.DrawdownOutcome;
import dev.creditloop.lending.drawdown.PrecheckDrawdown;
import dev.creditloop.lending.drawdown.RequestDrawdown;
import dev.creditloop.lending.line.ChangeCreditLine;
import dev.creditloop.lending.line.GrantCommand;
import dev.creditloop.lending.line.GrantCreditLine;
import dev.creditloop.lending.line.LineChange;
import dev.creditloop.servicing.allocation.Payoff;
import dev.creditloop.servicing.creditline.CreditLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/credit-lines")
@Tag(
    name = "Credit lines",
    description = "Revolving lines (授信), limit changes, freeze, and drawdowns (支用)")
class CreditLineController {

  private final GrantCreditLine grantCreditLine;
  private final ChangeCreditLine changeCreditLine;
  private final JdbcCreditLines lines;
  private final BusinessCalendar calendar;
  private final RequestDrawdown requestDrawdown;
  private final PrecheckDrawdown precheckDrawdown;
  private final IdempotentRequests idempotent;
  private final DataScope scope;

  CreditLineController(
      GrantCreditLine grantCreditLine,
      ChangeCreditLine changeCreditLine,
      JdbcCreditLines lines,
      BusinessCalendar calendar,
      RequestDrawdown requestDrawdown,
      PrecheckDrawdown precheckDrawdown,
      IdempotentRequests idempotent,
      DataScope scope) {
    this.scope = scope;
    this.grantCreditLine = grantCreditLine;
    this.changeCreditLine = changeCreditLine;
    this.lines = lines;
    this.calendar = calendar;
    this.requestDrawdown = requestDrawdown;
    this.precheckDrawdown = precheckDrawdown;
    this.idempotent = idempotent;
  }

  record NewLine(
      @Schema(
              requiredMode = REQUIRED,
              example = "17",
              description = "the customer the line is granted to")
          Long customerId,
      @Schema(
              requiredMode = REQUIRED,
              example = "CASH12",
              maxLength = 32,
              description = "the product the line draws on")
          String productCode,
      @Schema(
              requiredMode = REQUIRED,
              example = "20000.00",
              description = "the permanent limit: a decimal string, two decimals at most")
          BigDecimal limit,
      @Schema(
              requiredMode = REQUIRED,
              example = "2028-12-31",
              description = "the last day the line can be drawn on")
          LocalDate expiresOn) {}

  record LimitChangeRequest(
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "30000.00",
              description =
                  "the new permanent limit; give it, or temporaryLimit with until, not both")
          BigDecimal newLimit,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "25000.00",
              description = "a temporary limit above the permanent one, until the day `until`")
          BigDecimal temporaryLimit,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "2027-02-28",
              description = "the last day of the temporary limit (with temporaryLimit)")
          LocalDate until,
      @Schema(
              requiredMode = REQUIRED,
              example = "annual review",
              maxLength = 256,
              description = "why, kept in the line's history")
          String reason,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "analyst.wang",
              maxLength = 64,
              description = "who changes it; default `api`")
          String actor) {}

  record StatusChangeRequest(
      @Schema(
              requiredMode = REQUIRED,
              example = "customer asked",
              maxLength = 256,
              description = "why, kept in the line's history")
          String reason,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "analyst.wang",
              maxLength = 64,
              description = "who changes it; default `api`")
          String actor) {}

  record DrawdownRequest(
      @Schema(
              requiredMode = REQUIRED,
              example = "3000.00",
              description = "the amount to draw: a decimal string, two decimals at most")
          BigDecimal amount,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "12",
              description =
                  "the term in months (products with month terms); give termMonths or termDays")
          Integer termMonths,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "14",
              description =
                  "the term in days (products with day terms); give termMonths or termDays")
          Integer termDays,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "dev-7f3a",
              maxLength = 128,
              description = "the device the request comes from, for the device features")
          String deviceId) {}

  record LineView(
      long id,
      long customerId,
      String productCode,
      String limit,
      String temporaryLimit,
      LocalDate temporaryLimitUntil,
      String effectiveLimit,
      String outstandingPrincipal,
      String available,
      String status,
      LocalDate grantedOn,
      LocalDate expiresOn,
      List<JdbcCreditLines.HistoryRow> history) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Grant a credit line to a customer")
  LineView grant(@RequestBody NewLine body) {
    Fields f = Fields.check();
    f.required("customerId", body.customerId());
    f.required("productCode", body.productCode());
    Money limit = f.positiveMoney("limit", body.limit());
    f.date("expiresOn", body.expiresOn());
    f.orThrow();
    if (!scope.sees(DataScope.Kind.CUSTOMER, body.customerId())) {
      // outside the caller's scope: refused as a customer that does not exist is
      throw LendingException.unknownCustomer(body.customerId());
    }
    return view(
        grantCreditLine.grant(
            new GrantCommand(body.customerId(), body.productCode(), limit, body.expiresOn())));
  }

  @GetMapping
  @Operation(
      summary =
          "A customer's credit lines, oldest first (none for a customer outside the caller's agency)")
  java.util.List<LineView> ofCustomer(@RequestParam long customerId) {
    if (!scope.sees(DataScope.Kind.CUSTOMER, customerId)) {
      return List.of(); // as for a customer that does not exist
    }
    return lines.ofCustomer(customerId).stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "A line with its limits, available amount and change history")
  LineView get(@PathVariable long id) {
    return view(lines.find(id).orElseThrow(() -> ApiProblem.notFound("credit line", id)));
  }

  @PostMapping("/{id}/limit-changes")
  @Operation(
      summary =
          "Change the permanent limit (newLimit) or grant a temporary limit (temporaryLimit + until); reason required")
  LineView changeLimit(
      @PathVariable long id,
      @RequestBody LimitChangeRequest body,
      java.security.Principal principal) {
    Fields f = Fields.check();
    f.required("reason", body.reason());
    if (body.newLimit() == null && body.temporaryLimit() == null) {
      f.that(false, "newLimit", "give newLimit, or temporaryLimit with until");
    }
    if (body.newLimit() != null && body.temporaryLimit() != null) {
      f.that(false, "temporaryLimit", "give newLimit or temporaryLimit, not both");
    }
    Money newLimit = f.optionalPositiveMoney("newLimit", body.newLimit());
    Money temporary = f.optionalPositiveMoney("temporaryLimit", body.temporaryLimit());
    if (body.temporaryLimit() != null) {
      f.date("until", body.until());
    }
    f.orThrow();
    String actor = actor(body.actor(), principal);
    LineChange change =
        newLimit != null
            ? new LineChange.NewLimit(id, newLimit, body.reason(), actor)
            : new LineChange.TemporaryLimit(id, temporary, body.until(), body.reason(), actor);
    return view(changeCreditLine.change(change));
  }

  @PostMapping("/{id}/freeze")
  @Operation(summary = "Freeze the line: no drawdowns until unfrozen")
  LineView freeze(
      @PathVariable long id,
      @RequestBody StatusChangeRequest body,
      java.security.Principal principal) {
    Fields f = Fields.check();
    f.required("reason", body.reason());
    f.orThrow();
    return view(
        changeCreditLine.change(
            new LineChange.Freeze(id, body.reason(), actor(body.actor(), principal))));
  }

  @PostMapping("/{id}/unfreeze")
  @Operation(summary = "Unfreeze the line; refused while its customer has a written-off loan")
  LineView unfreeze(
      @PathVariable long id,
      @RequestBody StatusChangeRequest body,
      java.security.Principal principal) {
    Fields f = Fields.check();
    f.required("reason", body.reason());
    f.orThrow();
    return view(
        changeCreditLine.change(
            new LineChange.Unfreeze(id, body.reason(), actor(body.actor(), principal))));
  }

  @PostMapping("/{id}/drawdowns")
  @Operation(
      summary =
          "Draw down: 201 with the loan, 202 when parked for manual review, 422 with reasons when rejected. "
              + "Send an Idempotency-Key header: a repeat returns the first answer and disburses nothing twice.")
  ResponseEntity<String> draw(
      @PathVariable long id,
      @RequestBody DrawdownRequest body,
      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    DrawdownCommand command = validated(id, body);
    return respond(
        idempotent.run(
            "drawdown:" + id, key, command, () -> answer(requestDrawdown.request(command))));
  }

  /** Answer to a drawdown parked for manual review. */
  record Parked(long reviewId, String status, Long decisionId, List<DrawdownGate.Reason> reasons) {}

  /**
   * What a pre-check answers: the decision the strategy would take now, logged, with nothing
   * disbursed.
   */
  record Precheck(
      String outcome, Long decisionId, List<DrawdownGate.Reason> reasons, String available) {}

  /** 201 with the loan, 202 parked, 422 rejected with the strategy's reasons. */
  static IdempotentRequests.Result answer(DrawdownOutcome outcome) {
    if (outcome instanceof DrawdownOutcome.Disbursed d) {
      return new IdempotentRequests.Result(201, disbursed(d));
    }
    if (outcome instanceof DrawdownOutcome.ParkedForReview p) {
      return new IdempotentRequests.Result(
          202, new Parked(p.reviewId(), "PENDING_REVIEW", p.decisionId(), p.reasons()));
    }
    DrawdownOutcome.Rejected r = (DrawdownOutcome.Rejected) outcome;
    var problem =
        Problems.of(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "drawdown-rejected",
            "the drawdown strategy rejected this request",
            List.of(new ApiProblem.FieldIssue("amount", "rejected by strategy")));
    problem.setProperty("reasons", r.reasons());
    problem.setProperty("decisionId", r.decisionId());
    return new IdempotentRequests.Result(422, problem);
  }

  /** The new loan as the API shows it, with its payoff on the day it was disbursed. */
  static LoanView disbursed(DrawdownOutcome.Disbursed d) {
    return LoanView.of(d.loan(), Payoff.quote(d.loan(), d.on()), List.of());
  }

  @PostMapping("/{id}/drawdown-decisions")
  @Operation(
      summary =
          "Pre-check a drawdown: the decision the active strategy takes now (APPROVE, REVIEW or REJECT with reasons), "
              + "logged, with nothing disbursed or reserved")
  Precheck precheck(@PathVariable long id, @RequestBody DrawdownRequest body) {
    PrecheckDrawdown.Precheck p = precheckDrawdown.precheck(validated(id, body));
    DrawdownGate.Verdict v = p.verdict();
    return new Precheck(
        v.outcome().name(), v.decisionId(), v.reasons(), p.available().toPlainString());
  }

  static DrawdownCommand validated(long id, DrawdownRequest body) {
    Fields f = Fields.check();
    Money amount = f.positiveMoney("amount", body.amount());
    int term = 0;
    if (body.termMonths() == null && body.termDays() == null) {
      f.that(false, "termMonths", "give termMonths or termDays (the product's unit)");
    } else if (body.termMonths() != null && body.termDays() != null) {
      f.that(false, "termDays", "give termMonths or termDays, not both");
    } else {
      term =
          body.termMonths() != null
              ? f.positiveInt("termMonths", body.termMonths(), 360)
              : f.positiveInt("termDays", body.termDays(), 3650);
    }
    if (body.deviceId() != null) {
      f.that(!body.deviceId().isBlank(), "deviceId", "must not be blank");
    }
    f.orThrow();
    return new DrawdownCommand(id, amount, term, body.termMonths() != null, body.deviceId());
  }

  static ResponseEntity<String> respond(IdempotentRequests.Outcome o) {
    MediaType type =
        o.status() >= 400 ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON;
    var b = ResponseEntity.status(o.status()).contentType(type);
    if (o.replayed()) {
      b.header("Idempotent-Replayed", "true");
    }
    return b.body(o.body());
  }

  private static String actor(String named, java.security.Principal principal) {
    return dev.creditloop.app.web.Actors.signedIn(named, principal, "actor");
  }

  private LineView view(CreditLine l) {
    LocalDate today = calendar.today();
    var s = l.snapshot();
    return new LineView(
        s.id(),
        s.customerId(),
        s.productCode(),
        s.limit().toPlainString(),
        s.temporaryLimit() == null ? null : s.temporaryLimit().amount().toPlainString(),
        s.temporaryLimit() == null ? null : s.temporaryLimit().until(),
        l.effectiveLimit(today).toPlainString(),
        s.outstandingPrincipal().toPlainString(),
        l.available(today).toPlainString(),
        s.status().name(),
        s.grantedOn(),
        s.expiresOn(),
        lines.history(s.id()));
  }
}
