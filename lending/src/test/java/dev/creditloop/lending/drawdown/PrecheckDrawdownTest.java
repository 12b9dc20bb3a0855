package dev.creditloop.lending.drawdown;

import static dev.creditloop.lending.InMemoryLending.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.lending.InMemoryLending;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import org.junit.jupiter.api.Test;

class PrecheckDrawdownTest {

  private final InMemoryLending book = new InMemoryLending();
  private final InMemoryLending.ScriptedGate gate = book.gate();
  private final PrecheckDrawdown precheck =
      new PrecheckDrawdown(
          new LedgerChecks(book.lines, book.products, book.loans, book.calendar), gate);

  @Test
  void aPrecheckAsksTheGateAndLocksWritesAndCountsNothing() {
    book.grant(1, 7, "5000.00");
    book.loans.currentDpd = 2;
    gate.answering(DrawdownGate.Outcome.REJECT, 77L, new DrawdownGate.Reason("R", "no"));

    PrecheckDrawdown.Precheck p =
        precheck.precheck(new DrawdownCommand(1, Money.of("1200.00"), 3, true, null));

    assertThat(p.verdict().outcome()).isEqualTo(DrawdownGate.Outcome.REJECT);
    assertThat(p.verdict().decisionId()).isEqualTo(77L);
    assertThat(p.available()).isEqualTo(Money.of("5000.00"));
    DrawdownGate.Request asked = gate.asked.get(0);
    assertThat(asked.precheck()).isTrue();
    assertThat(asked.currentDpd()).isEqualTo(2);
    assertThat(book.units.begun).as("no unit of work").isZero();
    assertThat(book.lines.locked).isEmpty();
    assertThat(book.lines.saved).isZero();
    assertThat(book.behaviour.recorded).as("a pre-check is not a request").isEmpty();
    assertThat(book.line(1).available(TODAY)).isEqualTo(Money.of("5000.00"));
  }

  @Test
  void aPrecheckOverTheAvailableAmountIsRefusedBeforeTheGate() {
    book.grant(1, 7, "5000.00");

    assertThatThrownBy(
            () -> precheck.precheck(new DrawdownCommand(1, Money.of("6000.00"), 3, true, null)))
        .isInstanceOfSatisfying(
            ServicingException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.AMOUNT_EXCEEDS_AVAILABLE));
    assertThat(gate.asked).isEmpty();
  }
}
