package dev.creditloop.tools.bcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.list.ListEntries;
import dev.creditloop.decisioning.scorecard.ScorecardImport;
import dev.creditloop.decisioning.strategy.DefaultDrawdownStrategy;
import dev.creditloop.decisioning.strategy.ScorecardPublication;
import dev.creditloop.decisioning.strategy.StrategyCompiler;
import dev.creditloop.scorecard.interchange.DecisioningExport;
import dev.creditloop.simulator.SimulationConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BehaviourCardBuildTest {

  @Test
  void aCardTrainedOnMonthSixRanksMonthNineOutOfTimeAndCompilesIntoTheDrawdownStrategy(
      @TempDir Path out) throws Exception {
    var figures = BehaviourCardBuild.run(SimulationConfig.of(5_000, 15, 7), 0.05, 0.10, null, out);

    assertThat(figures.ootAuc()).isGreaterThan(0.6);
    // The card sees only behaviour; the simulator knows each customer's real propensity.
    assertThat(figures.trueAuc()).isGreaterThanOrEqualTo(figures.ootAuc() - 0.02);
    assertThat(figures.variables()).hasSizeGreaterThanOrEqualTo(3);
    // Cut-offs by share of the training scores: the reject band is the riskiest out of time too.
    assertThat(figures.cutoffs().rejectBelow()).isLessThan(figures.cutoffs().reviewBelow());
    assertThat(figures.bands().get(0).badRate()).isGreaterThan(figures.bands().get(2).badRate());
    assertThat(figures.bands().get(0).share()).isBetween(0.01, 0.15);
    assertThat(figures.bands().stream().mapToInt(BehaviourCardBuild.Band::customers).sum())
        .isEqualTo(figures.testCustomers());

    JsonMapper json = JsonMapper.builder().build();
    JsonNode card = json.readTree(Files.readString(out.resolve("scorecard.json")));
    assertThat(card.get("format").asString()).isEqualTo(DecisioningExport.FORMAT);
    assertThat(card.get("characteristics")).hasSize(figures.variables().size());
    assertThat(out.resolve("report.html")).isNotEmptyFile();
    JsonNode publish = json.readTree(Files.readString(out.resolve("publish.json")));
    assertThat(publish.get("cutoffs")).hasSize(2);

    // The card reads catalogue features only: it compiles into the repeat flow of the default
    // strategy.
    var imported = ScorecardImport.read(publish.get("card").toString(), "bcard", 3, null);
    var strategy =
        ScorecardPublication.publish(
            DefaultDrawdownStrategy.document(DefaultDrawdownStrategy.STANDARD_CATALOGUE_NAMES),
            "bcard",
            imported.definition(),
            2);
    assertThat(
            new StrategyCompiler(BehaviourCatalogue.standard(), ListEntries.none())
                .compile(strategy)
                .problems())
        .isEmpty();
  }

  @Test
  void alignedToAStrategysCutoffsTheSharesFallOnThemAndTheRankingIsUnchanged(@TempDir Path out) {
    var config = SimulationConfig.of(5_000, 15, 7);
    var plain = BehaviourCardBuild.run(config, 0.05, 0.10, null, out.resolve("plain"));
    var aligned =
        BehaviourCardBuild.run(
            config, 0.05, 0.10, new BehaviourCardBuild.Cutoffs(560, 600), out.resolve("aligned"));

    assertThat(aligned.cutoffs().rejectBelow())
        .isCloseTo(560, org.assertj.core.data.Offset.offset(0.15));
    assertThat(aligned.cutoffs().reviewBelow())
        .isCloseTo(600, org.assertj.core.data.Offset.offset(0.15));
    assertThat(plain.scaling().pdo()).isEqualTo(20);
    assertThat(aligned.scaling().pdo()).isNotEqualTo(20);
    // A linear change of scale: the same ranking, the same bands (give or take a customer on a
    // boundary,
    // as cut-offs are published to 0.1 of a point).
    assertThat(aligned.ootAuc())
        .isCloseTo(plain.ootAuc(), org.assertj.core.data.Offset.offset(1e-9));
    for (int b = 0; b < 3; b++) {
      assertThat(aligned.bands().get(b).customers())
          .isCloseTo(plain.bands().get(b).customers(), org.assertj.core.data.Offset.offset(2));
    }
  }
}
