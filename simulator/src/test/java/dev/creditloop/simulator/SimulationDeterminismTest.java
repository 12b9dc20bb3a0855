package dev.creditloop.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationDeterminismTest {

  private static final SimulationConfig CONFIG = SimulationConfig.of(1_500, 4, 20250618L);

  private static InMemorySink run(SimulationConfig config) {
    InMemorySink sink = new InMemorySink();
    new Simulation().run(config, sink);
    return sink;
  }

  private static List<LoanSnapshot> snapshots(InMemorySink sink) {
    return sink.loans().stream().map(Loan::snapshot).toList();
  }

  @Test
  void sameSeedGivesTheSameBookEventsAndSummary() {
    InMemorySink first = run(CONFIG);
    InMemorySink second = run(CONFIG);

    assertThat(first.loans()).hasSizeGreaterThan(1_000);
    assertThat(snapshots(second)).isEqualTo(snapshots(first));
    assertThat(second.journal()).isEqualTo(first.journal());
    assertThat(second.events()).isEqualTo(first.events());
    assertThat(second.end().truths()).isEqualTo(first.end().truths());
    assertThat(second.end().summary().render()).isEqualTo(first.end().summary().render());
  }

  @Test
  void anotherSeedGivesAnotherBook() {
    InMemorySink first = run(CONFIG);
    InMemorySink other = run(new SimulationConfig(1_500, 4, 20251111L, CONFIG.start(), 0, 3.0));

    assertThat(snapshots(other)).isNotEqualTo(snapshots(first));
    assertThat(other.end().summary().render()).isNotEqualTo(first.end().summary().render());
  }

  @Test
  void aCustomerIsDrawnFromItsOwnStreamWhateverIsDrawnAroundIt() {
    CustomerProfile[] all = Population.draw(CONFIG);

    assertThat(Population.draw(CONFIG, 777)).isEqualTo(all[776]);
    assertThat(Population.behaviour(CONFIG.seed(), 777).nextLong())
        .isEqualTo(Population.behaviour(CONFIG.seed(), 777).nextLong())
        .isNotEqualTo(Population.behaviour(CONFIG.seed(), 778).nextLong());
  }

  @Test
  void fraudRingsDrawAtNightOnSharedDevicesRightAfterTheGrantAndNeverPay() {
    InMemorySink sink = run(CONFIG);
    List<GroundTruth> fraud = sink.end().truths().stream().filter(GroundTruth::fraud).toList();
    assertThat(fraud).isNotEmpty();

    for (GroundTruth t : fraud) {
      List<BehaviourEvent> disbursed =
          sink.events().stream()
              .filter(e -> e.customerId() == t.customerId())
              .filter(
                  e -> e.type() == dev.creditloop.decisioning.event.EventType.DRAWDOWN_DISBURSED)
              .toList();
      assertThat(disbursed).isNotEmpty();
      for (BehaviourEvent e : disbursed) {
        int hour =
            e.occurredAt()
                .atZone(dev.creditloop.decisioning.feature.BehaviourCatalogue.ZONE)
                .getHour();
        assertThat(hour).isBetween(2, 4);
        assertThat(e.deviceId()).startsWith("ring-" + t.fraudRing() + "-");
      }
      assertThat(t.defaultedOn()).isBetween(t.grantedOn(), t.grantedOn().plusDays(2));
      assertThat(sink.events())
          .noneMatch(
              e ->
                  e.customerId() == t.customerId()
                      && e.type() == dev.creditloop.decisioning.event.EventType.REPAYMENT);
    }
  }
}
