package dev.creditloop.app.decisioning;

import dev.creditloop.app.servicing.DrawdownGate;
import org.springframework.stereotype.Component;

/** Placeholder gate until the strategy engine is wired: approves every drawdown the ledger allows. */
@Component
class ApproveAllGate implements DrawdownGate {
  @Override
  public Verdict assess(Request request) {
    return Verdict.approveWithoutDecision();
  }
}
