package dev.creditloop.lending.drawdown;

import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.EntityKeys;
import dev.creditloop.decisioning.feature.RequestInputs;
import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.schedule.Term;
import dev.creditloop.servicing.schedule.TermUnit;
import java.time.Instant;
import java.util.List;

/**
 * Port: the last gate before money leaves (二道风控), deciding a drawdown request the ledger could pay
 * out. The server implements it with the active drawdown strategy over the live features and logs
 * each decision; the simulator implements it with a strategy over the simulated book's features.
 * Both see the request the same way: {@link Request#keys()} and {@link Request#inputs()}.
 */
public interface DrawdownGate {

  Verdict assess(Request request);

  /**
   * What the gate sees.
   *
   * @param term the requested term; null when not chosen yet (the simulator picks it after
   *     approval), and the term features are then missing
   * @param deviceId the device the request comes from; null when not known
   * @param currentDpd the customer's largest days past due over open loans, as the ledger reports
   * @param precheck a pre-check (nothing will be disbursed), logged as such
   */
  record Request(
      long customerId,
      long creditLineId,
      Money amount,
      Term term,
      Instant at,
      String deviceId,
      int currentDpd,
      boolean precheck) {

    /** The term in months (day terms as days / 30): the unit the features take. */
    public double termMonths() {
      if (term == null) {
        return Double.NaN;
      }
      return term.unit() == TermUnit.MONTHS ? term.count() : term.count() / 30.0;
    }

    /** Whose features the decision reads: the customer, the line, and the device when known. */
    public EntityKeys keys() {
      EntityKeys keys = EntityKeys.customer(customerId).withCreditLine(creditLineId);
      return deviceId == null ? keys : keys.withDevice(deviceId);
    }

    /** The request's own inputs to the features: amount, term (when chosen), current dpd. */
    public RequestInputs inputs() {
      RequestInputs inputs = RequestInputs.none().with(BehaviourCatalogue.REQUEST_AMOUNT, amount);
      if (term != null) {
        inputs = inputs.with(BehaviourCatalogue.REQUEST_TERM_MONTHS, termMonths());
      }
      return inputs.with(BehaviourCatalogue.CURRENT_DPD, currentDpd);
    }
  }

  /** APPROVE, REVIEW (park for a person) or REJECT, with reasons and the logged decision's id. */
  record Verdict(Outcome outcome, List<Reason> reasons, Long decisionId) {

    public Verdict {
      reasons = List.copyOf(reasons);
    }

    /** No strategy decides: the request is approved and nothing is logged. */
    public static Verdict approveWithoutDecision() {
      return new Verdict(Outcome.APPROVE, List.of(), null);
    }
  }

  record Reason(String code, String message) {}

  enum Outcome {
    APPROVE,
    REVIEW,
    REJECT
  }
}
