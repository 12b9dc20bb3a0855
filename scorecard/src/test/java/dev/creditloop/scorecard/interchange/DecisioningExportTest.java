package dev.creditloop.scorecard.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.scorecard.GermanCredit;
import dev.creditloop.scorecard.card.Attribute;
import dev.creditloop.scorecard.card.Characteristic;
import dev.creditloop.scorecard.card.Condition;
import dev.creditloop.scorecard.card.Scorecard;
import dev.creditloop.scorecard.data.ColumnType;
import dev.creditloop.scorecard.data.Dataset;
import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.data.Row;
import dev.creditloop.scorecard.data.Value;
import dev.creditloop.scorecard.training.TrainScorecard;
import dev.creditloop.scorecard.training.TrainingSettings;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DecisioningExportTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aConsumerFollowingTheDocumentedRulesGetsTheSameScores() {
    LabelledData data = GermanCredit.labelled();
    Scorecard card = new TrainScorecard(TrainingSettings.defaults()).train(data).scorecard();
    JsonNode exported = JSON.readTree(DecisioningExport.write(card));
    assertThat(exported.get("format").asString()).isEqualTo("creditloop-scorecard/1");
    Dataset rows = data.features();
    for (int i = 0; i < rows.rowCount(); i++) {
      assertThat(score(exported, rows.row(i)))
          .isCloseTo(card.score(rows.row(i)).score(), within(1e-9));
    }
  }

  @Test
  void binsCarryBoundsCategoriesMissingAndCatchAll() {
    Scorecard card =
        new TrainScorecard(TrainingSettings.defaults()).train(GermanCredit.labelled()).scorecard();
    JsonNode root = JSON.readTree(DecisioningExport.write(card));
    JsonNode duration = characteristic(root, "duration");
    assertThat(duration.get("type").asString()).isEqualTo("numeric");
    JsonNode bins = duration.get("bins");
    assertThat(bins.get(0).get("missing").asBoolean()).isTrue();
    assertThat(bins.get(1).get("lower").isNull()).isTrue();
    assertThat(bins.get(1).get("upper").asDouble()).isEqualTo(9.0);
    assertThat(bins.get(bins.size() - 1).get("otherwise").asBoolean()).isTrue();
    JsonNode checking = characteristic(root, "checking_status");
    assertThat(checking.get("bins").get(1).get("categories").get(0).asString())
        .isEqualTo("no checking");
    assertThat(checking.get("bins").get(1).get("reasonCode").asString())
        .isEqualTo("checking_status");
    assertThat(root.get("baseScore").asDouble()).isZero();
  }

  @Test
  void conditionsWithoutAFormInTheFormatAreRefused() {
    Characteristic odd =
        new Characteristic(
            "c",
            "c",
            "c",
            1,
            List.of(new Attribute("not in", new Condition.InSet("c", Set.of("a"), true), 1)));
    Scorecard card =
        new Scorecard(
            "s", 0, List.of(new Scorecard.Field("c", ColumnType.CATEGORICAL)), List.of(odd), null);
    assertThatThrownBy(() -> DecisioningExport.write(card))
        .hasMessageContaining("has no form in creditloop-scorecard/1");
  }

  /** The format's rules, as the decisioning module would implement them. */
  private static double score(JsonNode card, Row row) {
    double total = card.get("baseScore").asDouble();
    for (JsonNode c : card.get("characteristics")) {
      Value v = row.get(c.get("feature").asString());
      JsonNode hit = null;
      for (JsonNode bin : c.get("bins")) {
        if (takes(bin, v)) {
          hit = bin;
          break;
        }
      }
      assertThat(hit).as("a bin of " + c.get("feature") + " takes " + v).isNotNull();
      total += hit.get("points").asDouble();
    }
    return total;
  }

  private static boolean takes(JsonNode bin, Value v) {
    if (bin.has("otherwise")) {
      return true;
    }
    if (bin.has("missing")) {
      return v.isMissing();
    }
    if (v.isMissing()) {
      return false;
    }
    if (bin.has("categories")) {
      for (JsonNode c : bin.get("categories")) {
        if (c.asString().equals(v.asText())) {
          return true;
        }
      }
      return false;
    }
    double x = v.asNumber();
    if (bin.has("value")) {
      return x == bin.get("value").asDouble();
    }
    boolean aboveLower = bin.get("lower").isNull() || x >= bin.get("lower").asDouble();
    boolean belowUpper = bin.get("upper").isNull() || x < bin.get("upper").asDouble();
    return aboveLower && belowUpper;
  }

  private static JsonNode characteristic(JsonNode root, String feature) {
    for (JsonNode c : root.get("characteristics")) {
      if (c.get("feature").asString().equals(feature)) {
        return c;
      }
    }
    throw new AssertionError("no characteristic " + feature);
  }
}
