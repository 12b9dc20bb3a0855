package dev.creditloop.simulator;

import dev.creditloop.decisioning.event.BehaviourEvent;
import java.util.List;

/**
 * Who decides a simulated drawdown request that the line could pay out: by default everyone is
 * granted ({@link #GRANT_ALL}); a strategy in the loop ({@code app.simulator.StrategyJudge})
 * decides as the drawdown gate would, from features of the events so far. The judge sees each event
 * as the simulation logs it, and the whole day when it ends (the close's events come only then).
 */
public interface DrawdownJudge {

  DrawdownJudge GRANT_ALL = (request, currentDpd) -> true;

  /**
   * Whether to grant the request.
   *
   * @param request the DRAWDOWN_REQUESTED event, already {@linkplain #observe observed}
   * @param currentDpd the customer's largest days past due over open loans
   */
  boolean approve(BehaviourEvent request, int currentDpd);

  /** An event of the day, as it is logged. */
  default void observe(BehaviourEvent event) {}

  /** The day is over: all of its events, in the order logged (the close's last). */
  default void dayEnded(List<BehaviourEvent> events) {}
}
