package dev.creditloop.tools.bcard;

import dev.creditloop.scorecard.card.ScoreScaling;
import dev.creditloop.scorecard.data.Column;
import dev.creditloop.scorecard.data.Dataset;
import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.data.NumericColumn;
import dev.creditloop.scorecard.data.Target;
import dev.creditloop.scorecard.interchange.DecisioningExport;
import dev.creditloop.scorecard.metrics.Auc;
import dev.creditloop.scorecard.metrics.Ks;
import dev.creditloop.scorecard.report.ReportHtml;
import dev.creditloop.scorecard.report.ReportJson;
import dev.creditloop.scorecard.report.ScorecardReport;
import dev.creditloop.scorecard.training.CompareSamples;
import dev.creditloop.scorecard.training.ScorecardModel;
import dev.creditloop.scorecard.training.TrainScorecard;
import dev.creditloop.scorecard.training.TrainingSettings;
import dev.creditloop.simulator.Simulation;
import dev.creditloop.simulator.SimulationConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the behaviour scorecard (B卡) on a simulated book and measures it out of time.
 *
 * <p>Train on the customers observed at the end of month {@link #TRAIN_MONTH}, test on those
 * observed at the end of month {@link #TEST_MONTH}: the test sample is a later population under a
 * later calendar, which is what the card will face in production; a random split of one date would
 * flatter it. The two samples share customers (a customer observed twice), as real B-card samples
 * do. Outcome: bad = a loan entering M3 (61+ days past due) in the six months after the observation
 * date; customers already M3 or worse at observation are left out.
 *
 * <p>Cut-offs for the strategy are set on the training scores by share: the lowest {@code
 * rejectShare} are rejected, the next {@code reviewShare} reviewed; their effect is then measured
 * on the out-of-time sample. The output directory gets the card ({@code scorecard.json}, {@code
 * creditloop-scorecard/1}), the workbench's report ({@code report.html}, {@code report.json}, with
 * the score PSI and variable CSI between the two samples), the figures ({@code bcard.json}) and the
 * body to publish the card into a strategy's scorecard step ({@code publish.json}, for {@code POST
 * /api/v1/strategies/{id}/scorecards/{step}} or {@code scorecard publish}).
 */
public final class BehaviourCardBuild {

  static final int TRAIN_MONTH = 6;
  static final int TEST_MONTH = 9;
  static final int OUTCOME_MONTHS = 6;

  private BehaviourCardBuild() {}

  /**
   * Where the strategy cuts: below {@code rejectBelow} reject, below {@code reviewBelow} review.
   */
  public record Cutoffs(double rejectBelow, double reviewBelow) {}

  /** Out of time, the customers and bad rate of one decision band. */
  public record Band(String name, int customers, double share, double badRate) {}

  /** What a run measured; {@code dir} holds the files. */
  public record Figures(
      int trainCustomers,
      double trainBadRate,
      int testCustomers,
      double testBadRate,
      int testExcludedAlready60Plus,
      double ootAuc,
      double ootKs,
      double trueAuc,
      double scorePsi,
      List<String> variables,
      Cutoffs cutoffs,
      List<Band> bands,
      ScoreScaling scaling,
      Path dir) {

    public String render() {
      StringBuilder out =
          new StringBuilder(
              String.format(
                  "train (month %d): %,d customers, bad rate %.2f%%%n"
                      + "test  (month %d, out of time): %,d customers, bad rate %.2f%%, %,d left out as already 60+%n"
                      + "card: %d variables %s%n"
                      + "OOT AUC %.4f  KS %.4f  Gini %.4f   score PSI train -> test %.4f%n"
                      + "true propensity AUC on the same sample (ceiling) %.4f%n"
                      + "scale: %.1f points at odds %.0f:1, PDO %.2f%n"
                      + "cut-offs: reject below %.1f, review below %.1f; out of time:%n",
                  TRAIN_MONTH,
                  trainCustomers,
                  100 * trainBadRate,
                  TEST_MONTH,
                  testCustomers,
                  100 * testBadRate,
                  testExcludedAlready60Plus,
                  variables.size(),
                  variables,
                  ootAuc,
                  ootKs,
                  Auc.gini(ootAuc),
                  scorePsi,
                  trueAuc,
                  scaling.baseScore(),
                  scaling.baseOdds(),
                  scaling.pdo(),
                  cutoffs.rejectBelow(),
                  cutoffs.reviewBelow()));
      for (Band b : bands) {
        out.append(
            String.format(
                "  %-8s %,9d customers (%5.1f%%)  bad rate %6.2f%%%n",
                b.name(), b.customers(), 100 * b.share(), 100 * b.badRate()));
      }
      out.append("wrote ")
          .append(dir)
          .append(": scorecard.json, publish.json, bcard.json, report.html, report.json\n");
      return out.toString();
    }
  }

  /**
   * The default strategy's cut-offs of its repeat-drawdown scorecard: the card is scaled to fall on
   * them.
   */
  public static final Cutoffs DEFAULT_STRATEGY_CUTOFFS = new Cutoffs(560, 600);

  /**
   * Builds the card. With {@code alignTo}, the points are scaled (a linear change of base score and
   * PDO at the same odds, which changes no ranking) so that the reject and review shares of the
   * training scores fall exactly on those cut-offs: the card then fits a strategy whose cut-offs
   * and score bands were set on that scale. Without, the workbench's 600 at 50:1, PDO 20.
   */
  public static Figures run(
      SimulationConfig config,
      double rejectShare,
      double reviewShare,
      Cutoffs alignTo,
      Path outDir) {
    if (config.months() < TEST_MONTH + OUTCOME_MONTHS) {
      throw new IllegalArgumentException(
          "needs at least "
              + (TEST_MONTH + OUTCOME_MONTHS)
              + " months to label month "
              + TEST_MONTH);
    }
    if (!(rejectShare >= 0 && reviewShare >= 0 && rejectShare + reviewShare < 1)) {
      throw new IllegalArgumentException(
          "reject and review shares must be >= 0 and add up to less than 1");
    }
    ObservedBook book = new ObservedBook(Set.of(TRAIN_MONTH, TEST_MONTH));
    new Simulation().run(config, book);
    Observation train = book.observation(TRAIN_MONTH);
    Observation test = book.observation(TEST_MONTH);

    TrainingSettings settings = TrainingSettings.defaults();
    LabelledData trainData = new LabelledData(dataset(train), train.bad());
    ScorecardModel model = new TrainScorecard(settings).train(trainData);
    if (alignTo != null) {
      double[] first = model.scores(trainData.features());
      double q1 = rawQuantile(first, rejectShare);
      double q2 = rawQuantile(first, rejectShare + reviewShare);
      if (!(q2 > q1)) {
        throw new IllegalArgumentException(
            "the reject and review shares fall on the same score; widen the review share");
      }
      double a = (alignTo.reviewBelow() - alignTo.rejectBelow()) / (q2 - q1);
      double b = alignTo.rejectBelow() - a * q1;
      ScoreScaling s = settings.scaling();
      settings =
          settings.withScaling(new ScoreScaling(a * s.baseScore() + b, s.baseOdds(), a * s.pdo()));
      model = new TrainScorecard(settings).train(trainData);
    }
    Dataset testData = dataset(test);
    double[] scores = model.scores(testData);
    double ootAuc = Auc.of(scores, test.bad());
    double ootKs = Ks.of(scores, test.bad()).statistic();
    // Auc counts a higher score as safer; a higher propensity is riskier.
    double[] safety = new double[test.size()];
    for (int i = 0; i < safety.length; i++) {
      safety[i] = -test.propensity()[i];
    }
    double trueAuc = Auc.of(safety, test.bad());

    double[] trainScores = model.scores(trainData.features());
    Cutoffs cutoffs =
        new Cutoffs(
            quantile(trainScores, rejectShare), quantile(trainScores, rejectShare + reviewShare));
    List<Band> bands = bands(scores, test.bad(), cutoffs);
    var stability = CompareSamples.compare(model, trainData.features(), testData);
    ScorecardReport report =
        ScorecardReport.of(
            "simulated book "
                + config.customers()
                + " x "
                + config.months()
                + " months, seed "
                + config.seed()
                + ", observed month "
                + TRAIN_MONTH,
            new Target("bad_60plus_6m", "true"),
            trainData,
            settings,
            model,
            null,
            stability);

    Figures figures =
        new Figures(
            train.size(),
            train.badRate(),
            test.size(),
            test.badRate(),
            test.excludedAlready60Plus(),
            ootAuc,
            ootKs,
            trueAuc,
            stability.scorePsi(),
            model.modelVariables(),
            cutoffs,
            bands,
            settings.scaling(),
            outDir);
    try {
      Files.createDirectories(outDir);
      Files.writeString(
          outDir.resolve("scorecard.json"),
          DecisioningExport.write(model.scorecard()),
          StandardCharsets.UTF_8);
      String name =
          "B-card on a simulated book of "
              + config.customers()
              + " customers x "
              + config.months()
              + " months, seed "
              + config.seed();
      Files.writeString(
          outDir.resolve("publish.json"),
          JSON.writeValueAsString(publishBody(model, name, cutoffs)),
          StandardCharsets.UTF_8);
      Files.writeString(
          outDir.resolve("bcard.json"),
          JSON.writeValueAsString(figures(config, figures)),
          StandardCharsets.UTF_8);
      Files.writeString(
          outDir.resolve("report.json"), ReportJson.write(report), StandardCharsets.UTF_8);
      Files.writeString(
          outDir.resolve("report.html"), ReportHtml.write(report), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return figures;
  }

  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder()
          .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .build();

  /**
   * The body of {@code POST /api/v1/strategies/{id}/scorecards/{step}}: the card and its cut-offs.
   */
  private static Map<String, Object> publishBody(
      ScorecardModel model, String name, Cutoffs cutoffs) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("card", DecisioningExport.tree(model.scorecard()).put("name", name));
    body.put("reasonCodes", 3);
    body.put(
        "cutoffs",
        List.of(
            Map.of(
                "below",
                round1(cutoffs.rejectBelow()),
                "action",
                "REJECT",
                "reason",
                "LOW_BSCORE",
                "message",
                "behaviour score below " + round1(cutoffs.rejectBelow())),
            Map.of(
                "below",
                round1(cutoffs.reviewBelow()),
                "action",
                "REVIEW",
                "reason",
                "MID_BSCORE",
                "message",
                "behaviour score below " + round1(cutoffs.reviewBelow()))));
    return body;
  }

  private static Map<String, Object> figures(SimulationConfig config, Figures f) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "simulation",
        Map.of("customers", config.customers(), "months", config.months(), "seed", config.seed()));
    out.put(
        "train",
        Map.of("month", TRAIN_MONTH, "customers", f.trainCustomers(), "badRate", f.trainBadRate()));
    out.put(
        "test",
        Map.of(
            "month",
            TEST_MONTH,
            "customers",
            f.testCustomers(),
            "badRate",
            f.testBadRate(),
            "excludedAlready60Plus",
            f.testExcludedAlready60Plus()));
    out.put(
        "outOfTime",
        Map.of(
            "auc",
            f.ootAuc(),
            "ks",
            f.ootKs(),
            "gini",
            Auc.gini(f.ootAuc()),
            "scorePsi",
            f.scorePsi()));
    out.put("truePropensityAuc", f.trueAuc());
    out.put("variables", f.variables());
    out.put("scaling", f.scaling());
    out.put("cutoffs", f.cutoffs());
    out.put("bands", f.bands());
    return out;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** The score below which {@code share} of the sample lies (rounded to 0.1 as published). */
  static double quantile(double[] scores, double share) {
    return round1(rawQuantile(scores, share));
  }

  private static double rawQuantile(double[] scores, double share) {
    if (share <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    int index = (int) Math.min(sorted.length - 1, Math.round(share * sorted.length));
    return sorted[index];
  }

  private static List<Band> bands(double[] scores, boolean[] bad, Cutoffs c) {
    int[] n = new int[3];
    int[] bads = new int[3];
    for (int i = 0; i < scores.length; i++) {
      int band = scores[i] < c.rejectBelow() ? 0 : scores[i] < c.reviewBelow() ? 1 : 2;
      n[band]++;
      bads[band] += bad[i] ? 1 : 0;
    }
    String[] names = {"REJECT", "REVIEW", "APPROVE"};
    List<Band> out = new ArrayList<>(3);
    for (int b = 0; b < 3; b++) {
      out.add(
          new Band(
              names[b],
              n[b],
              scores.length == 0 ? 0 : (double) n[b] / scores.length,
              n[b] == 0 ? 0 : (double) bads[b] / n[b]));
    }
    return out;
  }

  /**
   * One numeric column per catalogue feature, named as the catalogue names it, so the exported card
   * reads the slots decisioning serves. Infinite values (a ratio over zero) become missing.
   */
  static Dataset dataset(Observation o) {
    List<Column> columns = new ArrayList<>(o.featureNames().size());
    for (int f = 0; f < o.featureNames().size(); f++) {
      double[] values = new double[o.size()];
      for (int r = 0; r < values.length; r++) {
        double v = o.features()[r][f];
        values[r] = Double.isInfinite(v) ? Double.NaN : v;
      }
      columns.add(new NumericColumn(o.featureNames().get(f), values));
    }
    return new Dataset(columns);
  }
}
