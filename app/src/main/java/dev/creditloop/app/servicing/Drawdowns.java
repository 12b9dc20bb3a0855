package dev.creditloop.app.servicing;

import dev.creditloop.app.decisioning.BehaviourFeed;
import dev.creditloop.app.idempotency.IdempotentRequests;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.JdbcCreditLines;
import dev.creditloop.app.servicing.persistence.JdbcJournal;
import dev.creditloop.app.servicing.persistence.JdbcLoans;
import dev.creditloop.app.servicing.persistence.Products;
import dev.creditloop.app.servicing.web.LoanView;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Problems;
import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.allocation.Payoff;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.DrawdownResult;
import dev.creditloop.servicing.product.Product;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Draws down a credit line (支用): the gate decides, then the ledger disburses a loan with its
 * schedule, all in one transaction with the line locked, so concurrent drawdowns on one line can
 * never together exceed what is available.
 */
@Service
public class Drawdowns {

  private final JdbcCreditLines lines;
  private final JdbcLoans loans;
  private final JdbcJournal journal;
  private final Products products;
  private final BusinessCalendar calendar;
  private final BusinessClock clock;
  private final DrawdownGate gate;
  private final ServicingEventSink events;
  private final BehaviourFeed feed;
  private final IdempotentRequests idempotent;
  private final DrawdownReviews reviews;
  private final DrawDown drawDown = new DrawDown();
  private final org.springframework.transaction.support.TransactionTemplate tx;

  /** Attributes of a DRAWDOWN_REQUESTED event: the request inputs a backtest replays. */
  public static final String TERM_MONTHS = "term_months";

  public static final String CURRENT_DPD = "current_dpd";

  Drawdowns(
      JdbcCreditLines lines,
      JdbcLoans loans,
      JdbcJournal journal,
      Products products,
      BusinessCalendar calendar,
      BusinessClock clock,
      DrawdownGate gate,
      ServicingEventSink events,
      BehaviourFeed feed,
      IdempotentRequests idempotent,
      DrawdownReviews reviews,
      org.springframework.transaction.support.TransactionTemplate tx) {
    this.tx = tx;
    this.lines = lines;
    this.loans = loans;
    this.journal = journal;
    this.products = products;
    this.calendar = calendar;
    this.clock = clock;
    this.gate = gate;
    this.events = events;
    this.feed = feed;
    this.idempotent = idempotent;
    this.reviews = reviews;
  }

  /** A drawdown request as validated at the edge. */
  public record Request(
      long lineId, Money amount, int term, boolean termInMonths, String deviceId) {}

  /**
   * Asks the gate, then disburses, parks for review, or refuses; at most once per idempotency key.
   */
  public IdempotentRequests.Outcome request(Request request, String idempotencyKey) {
    return idempotent.run(
        "drawdown:" + request.lineId(), idempotencyKey, request, () -> decideAndDraw(request));
  }

  private IdempotentRequests.Result decideAndDraw(Request request) {
    LocalDate today = calendar.today();
    CreditLine line =
        lines
            .lock(request.lineId())
            .orElseThrow(() -> ApiProblem.notFound("credit line", request.lineId()));
    Product product = productFor(line, request);
    loans.requireNoWrittenOffLoan(line.customerId());
    Instant at = clock.at(today);
    // The ledger's own refusals (frozen, expired, over the available amount) come before any
    // strategy.
    CreditLine probe = CreditLine.fromSnapshot(line.snapshot());
    probe.reserve(request.amount(), today);
    // The decision on this request counts this request (the 5th drawdown of the day is the 5th).
    int currentDpd = loans.currentDpdOfCustomer(line.customerId());
    DrawdownGate.Request asked =
        new DrawdownGate.Request(
            line,
            product,
            request.amount(),
            request.term(),
            at,
            request.deviceId(),
            currentDpd,
            false);
    // What the decision saw besides events rides with the request, so a backtest can replay it
    // exactly.
    feed.recordAndSeeNow(
        new BehaviourEvent(
            0,
            EventType.DRAWDOWN_REQUESTED,
            line.customerId(),
            line.id(),
            request.deviceId(),
            at,
            request.amount(),
            null,
            Map.of(
                TERM_MONTHS,
                String.valueOf(asked.termMonths()),
                CURRENT_DPD,
                String.valueOf(currentDpd))));
    DrawdownGate.Verdict verdict = gate.assess(asked);
    switch (verdict.outcome()) {
      case REJECT -> {
        recordOutcome(EventType.DRAWDOWN_REJECTED, line, request, at);
        return new IdempotentRequests.Result(422, rejection(verdict));
      }
      case REVIEW -> {
        long reviewId = reviews.park(line, request, verdict, at);
        return new IdempotentRequests.Result(
            202, new Parked(reviewId, "PENDING_REVIEW", verdict.decisionId(), verdict.reasons()));
      }
      default -> {
        recordOutcome(EventType.DRAWDOWN_APPROVED, line, request, at);
        return new IdempotentRequests.Result(
            201, disburse(line, product, request.amount(), request.term(), today, at));
      }
    }
  }

  /**
   * What a pre-check answers: the decision the strategy would take now, logged, with nothing
   * disbursed.
   */
  public record Precheck(
      String outcome, Long decisionId, List<DrawdownGate.Reason> reasons, String available) {}

  /**
   * Asks the gate about a drawdown without making it: the ledger's own checks, then the strategy on
   * the current features; the decision is logged (as a pre-check) and nothing else is written.
   */
  public Precheck precheck(Request request) {
    return tx.execute(
        s -> {
          LocalDate today = calendar.today();
          CreditLine line =
              lines
                  .find(request.lineId())
                  .orElseThrow(() -> ApiProblem.notFound("credit line", request.lineId()));
          Product product = productFor(line, request);
          loans.requireNoWrittenOffLoan(line.customerId());
          CreditLine.fromSnapshot(line.snapshot()).reserve(request.amount(), today);
          DrawdownGate.Verdict v =
              gate.assess(
                  new DrawdownGate.Request(
                      line,
                      product,
                      request.amount(),
                      request.term(),
                      clock.at(today),
                      request.deviceId(),
                      loans.currentDpdOfCustomer(line.customerId()),
                      true));
          return new Precheck(
              v.outcome().name(),
              v.decisionId(),
              v.reasons(),
              line.available(today).toPlainString());
        });
  }

  /** The line's product, after checking the request's term against it (unit and allowed terms). */
  private Product productFor(CreditLine line, Request request) {
    Product product = products.find(line.productCode()).orElseThrow();
    boolean productInMonths =
        product.termUnit() == dev.creditloop.servicing.schedule.TermUnit.MONTHS;
    if (productInMonths != request.termInMonths()) {
      throw ApiProblem.badField(
          "term-not-allowed",
          request.termInMonths() ? "termMonths" : "termDays",
          "product "
              + product.code()
              + " has terms in "
              + (productInMonths ? "months: give termMonths" : "days: give termDays"));
    }
    product.term(request.term());
    return product;
  }

  /**
   * Disburses without asking the gate again: a reviewer approved it. The line must be locked by the
   * caller.
   */
  LoanView disburse(
      CreditLine line, Product product, Money amount, int term, LocalDate today, Instant at) {
    // a loan of the customer may have been written off while the request waited for review
    loans.requireNoWrittenOffLoan(line.customerId());
    DrawdownResult d = drawDown.draw(line, product, amount, term, loans.nextId(), today);
    loans.insert(d.loan());
    lines.save(line);
    journal.postAll(d.entries());
    for (var e : d.events()) {
      events.append(e, at);
    }
    return LoanView.of(d.loan(), Payoff.quote(d.loan(), today), List.of());
  }

  private void recordOutcome(EventType type, CreditLine line, Request request, Instant at) {
    feed.record(
        new BehaviourEvent(
            0,
            type,
            line.customerId(),
            line.id(),
            request.deviceId(),
            at,
            request.amount(),
            null,
            Map.of()));
  }

  /** Answer to a drawdown parked for manual review. */
  public record Parked(
      long reviewId, String status, Long decisionId, List<DrawdownGate.Reason> reasons) {}

  private static Object rejection(DrawdownGate.Verdict verdict) {
    var problem =
        Problems.of(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "drawdown-rejected",
            "the drawdown strategy rejected this request",
            List.of(new ApiProblem.FieldIssue("amount", "rejected by strategy")));
    problem.setProperty("reasons", verdict.reasons());
    problem.setProperty("decisionId", verdict.decisionId());
    return problem;
  }
}
