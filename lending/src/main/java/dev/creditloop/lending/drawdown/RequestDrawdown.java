package dev.creditloop.lending.drawdown;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.lending.port.BehaviourEvents;
import dev.creditloop.lending.port.Transactions;
import dev.creditloop.servicing.schedule.Term;
import java.time.Instant;
import java.util.Map;

/**
 * Draws down a credit line (支用) in one unit of work with the line locked, so concurrent drawdowns
 * on one line never together exceed what is available: the ledger's own refusals first, then the
 * request is counted in the features, then the gate decides; an approval disburses, a review parks
 * the request for a person, a rejection leaves nothing disbursed.
 */
public final class RequestDrawdown {

  /** Attributes of a DRAWDOWN_REQUESTED event: the request inputs a backtest replays. */
  public static final String TERM_MONTHS = "term_months";

  public static final String CURRENT_DPD = "current_dpd";

  private final Transactions transactions;
  private final LedgerChecks checks;
  private final DrawdownGate gate;
  private final BehaviourEvents behaviour;
  private final DrawdownReviews reviews;
  private final Disbursement disbursement;

  public RequestDrawdown(
      Transactions transactions,
      LedgerChecks checks,
      DrawdownGate gate,
      BehaviourEvents behaviour,
      DrawdownReviews reviews,
      Disbursement disbursement) {
    this.transactions = transactions;
    this.checks = checks;
    this.gate = gate;
    this.behaviour = behaviour;
    this.reviews = reviews;
    this.disbursement = disbursement;
  }

  public DrawdownOutcome request(DrawdownCommand command) {
    return transactions.inTransaction(() -> decideAndDraw(command));
  }

  private DrawdownOutcome decideAndDraw(DrawdownCommand command) {
    LedgerChecks.Cleared cleared = checks.lockAndCheck(command);
    DrawdownGate.Request asked = cleared.ask(command, false);
    // The decision on this request counts this request (the 5th drawdown of the day is the 5th);
    // what the decision saw besides events rides with it, so a backtest can replay it exactly.
    behaviour.recordAndSeeNow(
        event(
            EventType.DRAWDOWN_REQUESTED,
            asked,
            Map.of(
                TERM_MONTHS,
                String.valueOf(asked.termMonths()),
                CURRENT_DPD,
                String.valueOf(asked.currentDpd()))));
    DrawdownGate.Verdict verdict = gate.assess(asked);
    return switch (verdict.outcome()) {
      case REJECT -> {
        behaviour.record(event(EventType.DRAWDOWN_REJECTED, asked, Map.of()));
        yield new DrawdownOutcome.Rejected(verdict.decisionId(), verdict.reasons());
      }
      case REVIEW -> {
        long reviewId = reviews.park(pending(asked, cleared.term(), verdict));
        yield new DrawdownOutcome.ParkedForReview(
            reviewId, verdict.decisionId(), verdict.reasons());
      }
      case APPROVE -> {
        behaviour.record(event(EventType.DRAWDOWN_APPROVED, asked, Map.of()));
        yield disbursement.disburse(
            cleared.line(),
            cleared.product(),
            command.amount(),
            command.term(),
            cleared.today(),
            cleared.at(),
            true);
      }
    };
  }

  private static Review pending(DrawdownGate.Request asked, Term term, DrawdownGate.Verdict v) {
    return Review.pending(
        asked.creditLineId(), asked.customerId(), asked.amount(), term, v.decisionId(), asked.at());
  }

  private static BehaviourEvent event(
      EventType type, DrawdownGate.Request asked, Map<String, String> attributes) {
    Instant at = asked.at();
    return new BehaviourEvent(
        0,
        type,
        asked.customerId(),
        asked.creditLineId(),
        asked.deviceId(),
        at,
        asked.amount(),
        null,
        attributes);
  }
}
