package dev.creditloop.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.scorecard.GermanCredit;
import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.data.Target;
import dev.creditloop.scorecard.training.CompareSamples;
import dev.creditloop.scorecard.training.CrossValidate;
import dev.creditloop.scorecard.training.CrossValidationResult;
import dev.creditloop.scorecard.training.SampleComparison;
import dev.creditloop.scorecard.training.ScorecardModel;
import dev.creditloop.scorecard.training.TrainScorecard;
import dev.creditloop.scorecard.training.TrainingSettings;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportTest {

  private static ScorecardReport report;

  @BeforeAll
  static void build() {
    LabelledData data = GermanCredit.labelled();
    TrainingSettings settings = TrainingSettings.defaults();
    ScorecardModel model = new TrainScorecard(settings).train(data);
    CrossValidationResult cv = new CrossValidate(settings, 5, 42).run(data);
    // first half against second half: two samples of one population
    LabelledData early = data.select(IntStream.range(0, 500).toArray());
    LabelledData late = data.select(IntStream.range(500, 1000).toArray());
    SampleComparison stability = CompareSamples.compare(model, early.features(), late.features());
    report =
        ScorecardReport.of(
            "credit-g.arff", new Target("class", "bad"), data, settings, model, cv, stability);
  }

  @Test
  void jsonHoldsMetricsVariablesAndTheCard() {
    JsonNode json = JsonMapper.builder().build().readTree(ReportJson.write(report));
    assertThat(json.get("cv").get("auc").asDouble())
        .isCloseTo(report.cv().mean().auc(), within(1e-12));
    assertThat(json.get("cv").get("perFold")).hasSize(5);
    assertThat(json.get("train").get("deciles").size()).isBetween(8, 10);
    assertThat(json.get("variables")).hasSize(20);
    JsonNode checking = json.get("variables").get(0);
    assertThat(checking.get("name").asString()).isEqualTo("checking_status");
    assertThat(checking.get("selected").asBoolean()).isTrue();
    assertThat(checking.get("bins").get(0).get("points").isNumber()).isTrue();
    assertThat(checking.get("bins").get(0).get("kind").asString()).isEqualTo("categories");
    JsonNode duration = json.get("variables").get(1);
    assertThat(duration.get("bins").get(0).get("lower").isNull())
        .as("-inf is written as null")
        .isTrue();
    assertThat(json.get("scorecard").get(0).get("variable").asString())
        .isEqualTo("checking_status");
    assertThat(json.get("settings").get("scaling").get("factor").asDouble())
        .isCloseTo(28.853901, within(1e-6));
    assertThat(json.get("stability").get("scorePsi").asDouble()).isBetween(0.0, 0.1);
    assertThat(json.get("stability").get("csi").get("checking_status").isNumber()).isTrue();
  }

  @Test
  void htmlIsSelfContainedWithTheThreeKindsOfChart() {
    String html = ReportHtml.write(report);
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).doesNotContain("<script", "<link", "src=\"http", "href=\"http", "@import");
    Matcher urls = Pattern.compile("https?://[^\"\\s<]+").matcher(html);
    while (urls.find()) {
      assertThat(urls.group())
          .as("only the SVG namespace may appear")
          .isEqualTo("http://www.w3.org/2000/svg");
    }
    assertThat(html)
        .contains(
            "<title>Score distribution of goods and bads</title>",
            "<title>KS curve</title>",
            "<title>WOE by bin of checking_status</title>",
            "<title>WOE by bin of foreign_worker</title>");
    // category labels such as <0 must be escaped, not taken for markup
    assertThat(html).contains("{&lt;0}").doesNotContain("{<0}");
  }
}
