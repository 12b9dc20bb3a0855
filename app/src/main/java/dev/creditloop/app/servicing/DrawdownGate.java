package dev.creditloop.app.servicing;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.product.Product;
import java.time.Instant;
import java.util.List;

/**
 * The last gate before money leaves (二道风控): decides a drawdown request before the ledger disburses
 * it. The decisioning module implements it with the active drawdown strategy.
 */
public interface DrawdownGate {

  Verdict assess(Request request);

  /** What the gate sees. */
  record Request(
      CreditLine line,
      Product product,
      Money amount,
      int term,
      Instant at,
      String deviceId,
      int currentDpd,
      boolean precheck) {

    /** The term in months (day terms as days / 30): the unit the features take. */
    public double termMonths() {
      return product.termUnit() == dev.creditloop.servicing.schedule.TermUnit.MONTHS
          ? term
          : term / 30.0;
    }
  }

  /** APPROVE, REVIEW (park for a person) or REJECT, with reasons and the logged decision's id. */
  record Verdict(Outcome outcome, List<Reason> reasons, Long decisionId) {
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
