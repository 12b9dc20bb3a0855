package dev.creditloop.scorecard.report;

import dev.creditloop.scorecard.binning.Bin;
import dev.creditloop.scorecard.binning.BinEdit;
import dev.creditloop.scorecard.binning.BinRule;
import dev.creditloop.scorecard.binning.BinningSettings;
import dev.creditloop.scorecard.binning.VariableBinning;
import dev.creditloop.scorecard.card.Attribute;
import dev.creditloop.scorecard.card.Characteristic;
import dev.creditloop.scorecard.card.ScoreScaling;
import dev.creditloop.scorecard.metrics.Evaluation;
import dev.creditloop.scorecard.metrics.ScoreBands;
import dev.creditloop.scorecard.regression.LogisticFit;
import dev.creditloop.scorecard.selection.VariableDecision;
import dev.creditloop.scorecard.training.CrossValidationResult;
import dev.creditloop.scorecard.training.FoldResult;
import dev.creditloop.scorecard.training.SampleComparison;
import dev.creditloop.scorecard.training.ScorecardModel;
import dev.creditloop.scorecard.training.TrainingSettings;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * report.json: data, settings, cross-validated and training metrics, every variable with its bins,
 * the model and the scorecard table. Infinite bounds and undefined rates are written as null.
 */
public final class ReportJson {

  public static final String FORMAT = "creditloop-scorecard-report/1";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ReportJson() {}

  public static String write(ScorecardReport report) {
    return JSON.writeValueAsString(tree(report));
  }

  public static ObjectNode tree(ScorecardReport report) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    ScorecardReport.DataSummary d = report.data();
    ObjectNode data = root.putObject("data");
    data.put("source", d.source());
    data.put("target", d.target());
    data.put("badValue", d.badValue());
    data.put("rows", d.rows());
    data.put("goods", d.goods());
    data.put("bads", d.bads());
    number(data, "badRate", (double) d.bads() / d.rows());
    data.put("variables", d.variables());
    settings(root.putObject("settings"), report.settings());
    if (report.cv() == null) {
      root.putNull("cv");
    } else {
      cv(root.putObject("cv"), report.cv());
    }
    evaluation(root.putObject("train"), report.train().evaluation());
    ScorecardModel model = report.model();
    model(root.putObject("model"), model);
    ArrayNode variables = root.putArray("variables");
    for (VariableBinning b : model.binnings()) {
      variable(variables.addObject(), b, model);
    }
    ArrayNode card = root.putArray("scorecard");
    for (Characteristic c : model.scorecard().characteristics()) {
      for (Attribute a : c.attributes()) {
        ObjectNode row = card.addObject();
        row.put("variable", c.name());
        row.put("bin", a.label());
        number(row, "points", a.points());
        row.put("reasonCode", c.reasonCode());
      }
    }
    root.put("initialScore", model.scorecard().initialScore());
    if (report.stability() == null) {
      root.putNull("stability");
    } else {
      stability(root.putObject("stability"), report.stability());
    }
    return root;
  }

  private static void settings(ObjectNode node, TrainingSettings s) {
    BinningSettings b = s.binning();
    ObjectNode binning = node.putObject("binning");
    binning.put("method", b.method().name());
    binning.put("fineBins", b.fineBins());
    binning.put("maxBins", b.maxBins());
    binning.put("minBinShare", b.minBinShare());
    binning.put("trend", b.trend().name());
    binning.put("chiSquareSignificance", b.chiSquareSignificance());
    ArrayNode specials = binning.putArray("specialValues");
    b.specialValues().everywhere().stream().sorted().forEach(specials::add);
    binning.put("woeSmoothing", VariableBinning.SMOOTHING);
    ArrayNode edits = node.putArray("edits");
    for (BinEdit e : s.edits().entries()) {
      edits.add(e.describe());
    }
    ObjectNode selection = node.putObject("selection");
    selection.put("ivMin", s.selection().ivMin());
    selection.put("maxCorrelation", s.selection().maxCorrelation());
    ObjectNode regression = node.putObject("regression");
    regression.put("l2", s.regression().l2());
    regression.put("maxIterations", s.regression().maxIterations());
    regression.put("tolerance", s.regression().tolerance());
    scaling(node.putObject("scaling"), s.scaling());
  }

  static void scaling(ObjectNode node, ScoreScaling s) {
    node.put("baseScore", s.baseScore());
    node.put("baseOdds", s.baseOdds());
    node.put("pdo", s.pdo());
    node.put("factor", s.factor());
    node.put("offset", s.offset());
  }

  private static void cv(ObjectNode node, CrossValidationResult cv) {
    node.put("folds", cv.k());
    node.put("seed", cv.seed());
    number(node, "auc", cv.mean().auc());
    number(node, "ks", cv.mean().ks());
    number(node, "gini", cv.mean().gini());
    number(node, "aucStd", cv.aucStandardDeviation());
    ObjectNode pooled = node.putObject("pooled");
    number(pooled, "auc", cv.pooled().auc());
    number(pooled, "ks", cv.pooled().ks());
    number(pooled, "gini", cv.pooled().gini());
    ArrayNode folds = node.putArray("perFold");
    for (FoldResult f : cv.folds()) {
      ObjectNode fold = folds.addObject();
      fold.put("fold", f.fold());
      fold.put("trainRows", f.trainRows());
      fold.put("testRows", f.testRows());
      number(fold, "auc", f.auc());
      number(fold, "ks", f.ks());
      number(fold, "gini", f.gini());
      ArrayNode vars = fold.putArray("variables");
      f.variables().forEach(vars::add);
    }
  }

  private static void evaluation(ObjectNode node, Evaluation e) {
    node.put("rows", e.rows());
    node.put("bads", e.bads());
    number(node, "auc", e.auc());
    number(node, "ks", e.ks().statistic());
    number(node, "gini", e.gini());
    number(node, "ksScore", e.ks().atScore());
    ArrayNode bands = node.putArray("deciles");
    for (ScoreBands.Band b : e.deciles()) {
      ObjectNode band = bands.addObject();
      number(band, "lower", b.lower());
      number(band, "upper", b.upper());
      band.put("count", b.count());
      band.put("bads", b.bads());
      number(band, "badRate", b.badRate());
      number(band, "lift", b.lift());
      number(band, "cumulativeBadShare", b.cumulativeBadShare());
    }
  }

  private static void model(ObjectNode node, ScorecardModel model) {
    LogisticFit fit = model.fit();
    node.put("link", "logit of P(bad)");
    number(node, "intercept", fit.intercept());
    ObjectNode coefficients = node.putObject("coefficients");
    for (int j = 0; j < model.modelVariables().size(); j++) {
      number(coefficients, model.modelVariables().get(j), fit.coefficient(j));
    }
    node.put("iterations", fit.iterations());
    node.put("converged", fit.converged());
    number(node, "logLikelihood", fit.logLikelihood());
    number(node, "gradientNorm", fit.gradientNorm());
  }

  private static void variable(ObjectNode node, VariableBinning b, ScorecardModel model) {
    VariableDecision decision = model.decision(b.variable());
    node.put("name", b.variable());
    node.put("type", b.type().name().toLowerCase(Locale.ROOT));
    number(node, "iv", b.iv());
    node.put("selected", decision.selected());
    node.put("reason", decision.reason());
    int at = model.modelVariables().indexOf(b.variable());
    if (at >= 0) {
      number(node, "coefficient", model.fit().coefficient(at));
    } else {
      node.putNull("coefficient");
    }
    node.put("smoothed", b.smoothed());
    Optional<Characteristic> characteristic =
        model.scorecard().characteristics().stream()
            .filter(c -> c.name().equals(b.variable()))
            .findFirst();
    long total = b.count();
    ArrayNode bins = node.putArray("bins");
    for (Bin bin : b.bins()) {
      ObjectNode n = bins.addObject();
      n.put("label", bin.label());
      rule(n, bin.rule());
      n.put("goods", bin.goods());
      n.put("bads", bin.bads());
      n.put("count", bin.count());
      number(n, "share", (double) bin.count() / total);
      number(n, "badRate", bin.badRate());
      number(n, "woe", bin.woe());
      number(n, "iv", bin.iv());
      Optional<Attribute> attribute =
          characteristic.flatMap(
              c -> c.attributes().stream().filter(a -> a.label().equals(bin.label())).findFirst());
      if (attribute.isPresent()) {
        number(n, "points", attribute.get().points());
      } else {
        n.putNull("points");
      }
    }
  }

  private static void rule(ObjectNode node, BinRule rule) {
    if (rule instanceof BinRule.Range r) {
      node.put("kind", "range");
      number(node, "lower", r.lower());
      number(node, "upper", r.upper());
    } else if (rule instanceof BinRule.Missing) {
      node.put("kind", "missing");
    } else if (rule instanceof BinRule.Special s) {
      node.put("kind", "special");
      number(node, "value", s.value());
    } else if (rule instanceof BinRule.Categories c) {
      node.put("kind", "categories");
      ArrayNode members = node.putArray("categories");
      c.members().forEach(members::add);
    }
  }

  private static void stability(ObjectNode node, SampleComparison s) {
    node.put("expectedRows", s.expectedRows());
    node.put("actualRows", s.actualRows());
    number(node, "scorePsi", s.scorePsi());
    ObjectNode csi = node.putObject("csi");
    s.csi().forEach((k, v) -> number(csi, k, v));
  }

  /** Writes a finite number, and null for NaN or an infinite bound. */
  static void number(ObjectNode node, String key, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }
}
