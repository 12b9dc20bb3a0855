package dev.creditloop.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.scorecard.GermanCredit;
import dev.creditloop.scorecard.card.Scorecard;
import dev.creditloop.scorecard.interchange.PmmlImport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScorecardCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ScorecardCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void trainWritesTheFourFilesWithCrossValidatedMetrics() throws IOException {
    Path outDir = dir.resolve("run");
    int code =
        run(
            "train",
            "--data",
            GermanCredit.file().toString(),
            "--target",
            "class",
            "--bad",
            "bad",
            "--cv",
            "5",
            "--seed",
            "42",
            "--pdo",
            "20",
            "--base-score",
            "600",
            "--base-odds",
            "50",
            "--iv-min",
            "0.02",
            "--out",
            outDir.toString());
    assertThat(code).as(errors()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("cv (5 folds, seed 42): AUC 0.79");
    JsonNode report =
        JsonMapper.builder().build().readTree(Files.readString(outDir.resolve("report.json")));
    JsonNode cv = report.get("cv");
    assertThat(cv.get("auc").asDouble()).isGreaterThanOrEqualTo(0.78);
    assertThat(cv.get("gini").asDouble())
        .isCloseTo(2 * cv.get("auc").asDouble() - 1, within(1e-12));
    assertThat(cv.get("ks").asDouble()).isBetween(0.3, 0.7);
    assertThat(report.get("train").get("auc").asDouble()).isGreaterThan(cv.get("auc").asDouble());
    JsonNode first = report.get("variables").get(0);
    assertThat(first.get("name").asString()).isEqualTo("checking_status");
    assertThat(first.has("iv") && first.has("selected") && first.has("bins")).isTrue();
    assertThat(report.get("scorecard").size()).isGreaterThan(20);
    assertThat(report.get("settings").get("scaling").get("pdo").asDouble()).isEqualTo(20);

    assertThat(Files.readString(outDir.resolve("report.html"))).contains("<svg");
    Scorecard fromPmml = PmmlImport.read(Files.readString(outDir.resolve("scorecard.pmml")));
    assertThat(fromPmml.characteristics()).isNotEmpty();
    JsonNode decisioning =
        JsonMapper.builder().build().readTree(Files.readString(outDir.resolve("scorecard.json")));
    assertThat(decisioning.get("characteristics").size())
        .isEqualTo(fromPmml.characteristics().size());
  }

  @Test
  void scalingOptionsChangeThePoints() throws IOException {
    Path outDir = dir.resolve("scaled");
    int code =
        run(
            "train",
            "--data",
            GermanCredit.file().toString(),
            "--target",
            "class",
            "--bad",
            "bad",
            "--cv",
            "0",
            "--base-score",
            "500",
            "--base-odds",
            "20",
            "--pdo",
            "40",
            "--out",
            outDir.toString());
    assertThat(code).as(errors()).isZero();
    JsonNode report =
        JsonMapper.builder().build().readTree(Files.readString(outDir.resolve("report.json")));
    assertThat(report.get("cv").isNull()).isTrue();
    assertThat(report.get("settings").get("scaling").get("factor").asDouble())
        .isCloseTo(40 / Math.log(2), within(1e-9));
  }

  @Test
  void aCsvFileWorksToo() throws IOException {
    Path csv = dir.resolve("loans.csv");
    StringBuilder text = new StringBuilder("utilisation,region,status\n");
    for (int i = 0; i < 300; i++) {
      text.append(i % 11 == 0 ? "NA" : Integer.toString(i % 100))
          .append(',')
          .append(i % 3 == 0 ? "north" : "south")
          .append(',')
          .append((i % 100) > 70 || i % 9 == 0 ? "default" : "paid")
          .append('\n');
    }
    Files.writeString(csv, text);
    int code =
        run(
            "train",
            "--data",
            csv.toString(),
            "--target",
            "status",
            "--bad",
            "default",
            "--cv",
            "3",
            "--out",
            dir.resolve("csv").toString());
    assertThat(code).as(errors()).isZero();
    assertThat(dir.resolve("csv/scorecard.pmml")).exists();
  }

  @Test
  void badArgumentsExitWithTwoAndSayWhat() {
    String data = GermanCredit.file().toString();
    String outDir = dir.resolve("x").toString();
    assertThat(
            run(
                "train",
                "--data",
                dir.resolve("nope.csv").toString(),
                "--target",
                "class",
                "--bad",
                "bad",
                "--out",
                outDir))
        .isEqualTo(2);
    assertThat(errors()).contains("data file not found");
    assertThat(run("train", "--data", data, "--target", "klass", "--bad", "bad", "--out", outDir))
        .isEqualTo(2);
    assertThat(errors()).contains("target column 'klass' not found");
    assertThat(run("train", "--data", data, "--target", "class", "--bad", "awful", "--out", outDir))
        .isEqualTo(2);
    assertThat(errors()).contains("bad value 'awful' does not occur in column 'class'");
    assertThat(run("train", "--data", data, "--target", "class", "--bad", "bad")).isEqualTo(2);
    assertThat(errors()).contains("option --out is required");
    assertThat(
            run(
                "train",
                "--data",
                data,
                "--target",
                "class",
                "--bad",
                "bad",
                "--out",
                outDir,
                "--colour",
                "red"))
        .isEqualTo(2);
    assertThat(errors()).contains("unknown option --colour");
    assertThat(
            run(
                "train",
                "--data",
                data,
                "--target",
                "class",
                "--bad",
                "bad",
                "--out",
                outDir,
                "--pdo",
                "twenty"))
        .isEqualTo(2);
    assertThat(errors()).contains("--pdo needs a number");
    assertThat(
            run(
                "train",
                "--data",
                data,
                "--target",
                "class",
                "--bad",
                "bad",
                "--out",
                outDir,
                "--base-odds",
                "-3"))
        .isEqualTo(2);
    assertThat(errors()).contains("base odds must be positive");
    assertThat(
            run(
                "train",
                "--data",
                data,
                "--target",
                "class",
                "--bad",
                "bad",
                "--out",
                outDir,
                "--cv",
                "1"))
        .isEqualTo(2);
    assertThat(run("score")).isEqualTo(2);
    assertThat(errors()).contains("unknown command 'score'");
    assertThat(run()).isEqualTo(2);
    assertThat(errors()).contains("usage: scorecard train");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void unreadableDataIsAnInputErrorNamingTheLine() throws IOException {
    Path csv = dir.resolve("broken.csv");
    Files.writeString(csv, "a,b\n1,2\n3\n");
    assertThat(
            run(
                "train",
                "--data",
                csv.toString(),
                "--target",
                "b",
                "--bad",
                "2",
                "--out",
                dir.resolve("y").toString()))
        .isEqualTo(2);
    assertThat(errors()).contains("broken.csv:3");
  }

  @Test
  void helpGoesToOutAndSucceeds() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--base-odds");
  }
}
