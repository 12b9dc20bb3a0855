package dev.creditloop.simulator;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.close.LoanDayClosed;
import dev.creditloop.servicing.loan.DrawdownResult;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one simulated day produced, in the order it happened: credit grants, drawdowns and
 * repayments during the day, then the close of each loan that had work to do (only applied closes).
 * Journal entries are in the drawdowns, repayments and closes.
 *
 * @param newCustomers customers granted a line today, with their ground truth as of the grant
 * @param defaults customers who stopped paying today (ground truth)
 */
public record SimulatedDay(
    LocalDate date,
    List<NewCustomer> newCustomers,
    List<DrawdownResult> drawdowns,
    List<Allocation> repayments,
    List<LoanDayClosed> closes,
    List<BehaviourEvent> events,
    List<GroundTruth> defaults) {}
