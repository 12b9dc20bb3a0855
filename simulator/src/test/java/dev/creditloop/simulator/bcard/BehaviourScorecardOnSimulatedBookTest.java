package dev.creditloop.simulator.bcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.scorecard.interchange.DecisioningExport;
import dev.creditloop.simulator.SimulationConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BehaviourScorecardOnSimulatedBookTest {

  @Test
  void aCardTrainedOnMonthSixRanksMonthNineOutOfTimeBelowTheTruePropensityCeiling(@TempDir Path out)
      throws Exception {
    var figures =
        BehaviourScorecardOnSimulatedBook.run(SimulationConfig.of(5_000, 15, 7), out);

    assertThat(figures.ootAuc()).isGreaterThan(0.6);
    // The card sees only behaviour; the simulator knows each customer's real propensity.
    assertThat(figures.trueAuc()).isGreaterThanOrEqualTo(figures.ootAuc() - 0.02);
    assertThat(figures.variables()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(figures.card()).exists();
    JsonNode card = JsonMapper.builder().build().readTree(Files.readString(figures.card()));
    assertThat(card.get("format").asString()).isEqualTo(DecisioningExport.FORMAT);
    assertThat(card.get("characteristics")).hasSize(figures.variables().size());
  }
}
