package dev.creditloop.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.list.ListEntries;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.decisioning.strategy.DefaultDrawdownStrategy;
import dev.creditloop.decisioning.strategy.StrategyCompiler;
import dev.creditloop.simulator.GroundTruth;
import dev.creditloop.simulator.InMemorySink;
import dev.creditloop.simulator.RealismSummary;
import dev.creditloop.simulator.SimulatedDay;
import dev.creditloop.simulator.Simulation;
import dev.creditloop.simulator.SimulationConfig;
import dev.creditloop.simulator.SimulationEnd;
import dev.creditloop.simulator.SimulationSink;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyJudgeTest {

  private final BehaviourCatalogue catalogue = BehaviourCatalogue.standard();
  private final CompiledStrategy strategy =
      new StrategyCompiler(catalogue, ListEntries.none())
          .compile(DefaultDrawdownStrategy.standardYaml())
          .orElseThrow();

  /** Keeps the ground truth and the strategy's refusals. */
  private static final class Book implements SimulationSink {
    List<GroundTruth> truths;
    long strategyRejectedEvents;

    @Override
    public void day(SimulatedDay day) {
      strategyRejectedEvents +=
          day.events().stream().filter(e -> "strategy".equals(e.attributes().get("by"))).count();
    }

    @Override
    public void finished(SimulationEnd end) {
      truths = end.truths();
    }
  }

  @Test
  void theDefaultStrategyInTheLoopRefusesFraudRingsFarMoreOftenThanEveryoneElse() {
    SimulationConfig config = SimulationConfig.of(3_000, 5, 7);
    StrategyJudge judge = new StrategyJudge(strategy, catalogue);
    Book book = new Book();
    new Simulation().run(config, book, judge, judge);

    assertThat(judge.rejected()).isPositive();
    System.out.println(judge.summary());
    long decided = judge.approved() + judge.reviewed() + judge.rejected();
    assertThat(judge.undecided())
        .as("requests the state could not decide")
        .isLessThan(decided / 50);
    assertThat(book.strategyRejectedEvents)
        .as("each refusal is a DRAWDOWN_REJECTED event of the book")
        .isEqualTo(judge.rejected());
    long[] fraud = new long[2];
    long[] rest = new long[2];
    for (GroundTruth t : book.truths) {
      long[] c = judge.perCustomer().getOrDefault(t.customerId(), new long[2]);
      long[] into = t.fraud() ? fraud : rest;
      into[0] += c[0];
      into[1] += c[1];
    }
    double fraudShare = (double) fraud[1] / fraud[0];
    double restShare = (double) rest[1] / rest[0];
    assertThat(fraud[0]).isPositive();
    assertThat(fraudShare)
        .as("fraud %s vs rest %s", fraudShare, restShare)
        .isGreaterThan(3 * restShare);
    assertThat(judge.rejectionReasons()).containsKey("FULL_LIMIT_AFTER_GRANT");
  }

  @Test
  void aStrategyInTheLoopKeepsTheSimulationDeterministicAndChangesTheBook() {
    SimulationConfig config = SimulationConfig.of(1_500, 4, 11);
    StrategyJudge first = new StrategyJudge(strategy, catalogue);
    StrategyJudge second = new StrategyJudge(strategy, catalogue);
    InMemorySink a = new InMemorySink();
    InMemorySink b = new InMemorySink();
    RealismSummary withJudge = new Simulation().run(config, a, first, first);
    new Simulation().run(config, b, second, second);
    assertThat(second.rejected()).isEqualTo(first.rejected());
    assertThat(b.loans()).hasSameSizeAs(a.loans());

    InMemorySink granted = new InMemorySink();
    new Simulation().run(config, granted);
    assertThat(a.loans().size())
        .as("refused requests are loans the book does not have")
        .isLessThan(granted.loans().size());
    assertThat(withJudge).isNotNull();
  }
}
