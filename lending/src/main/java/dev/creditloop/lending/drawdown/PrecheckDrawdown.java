package dev.creditloop.lending.drawdown;

import dev.creditloop.kernel.Money;

/**
 * Asks the gate about a drawdown without making it: the ledger's own checks, then the strategy on
 * the current features; nothing is disbursed, reserved or counted in the features. The gate logs
 * the decision as a pre-check, outside any unit of work.
 *
 * <p>Read-only, so it states no unit of work at all: each read stands alone (locking nothing), and
 * the logged decision draws its id from a database sequence, which PostgreSQL refuses inside a
 * read-only transaction.
 */
public final class PrecheckDrawdown {

  private final LedgerChecks checks;
  private final DrawdownGate gate;

  public PrecheckDrawdown(LedgerChecks checks, DrawdownGate gate) {
    this.checks = checks;
    this.gate = gate;
  }

  /** The decision the strategy would take now, and what the line has available today. */
  public record Precheck(DrawdownGate.Verdict verdict, Money available) {}

  public Precheck precheck(DrawdownCommand command) {
    LedgerChecks.Cleared cleared = checks.findAndCheck(command);
    DrawdownGate.Verdict verdict = gate.assess(cleared.ask(command, true));
    return new Precheck(verdict, cleared.line().available(cleared.today()));
  }
}
