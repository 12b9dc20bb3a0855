package dev.creditloop.scorecard.cli;

import dev.creditloop.scorecard.binning.BinningMethod;
import dev.creditloop.scorecard.binning.BinningSettings;
import dev.creditloop.scorecard.binning.SpecialValues;
import dev.creditloop.scorecard.binning.Trend;
import dev.creditloop.scorecard.card.ScoreScaling;
import dev.creditloop.scorecard.data.ArffReader;
import dev.creditloop.scorecard.data.ColumnType;
import dev.creditloop.scorecard.data.CsvOptions;
import dev.creditloop.scorecard.data.CsvReader;
import dev.creditloop.scorecard.data.Dataset;
import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.data.Target;
import dev.creditloop.scorecard.interchange.DecisioningExport;
import dev.creditloop.scorecard.interchange.PmmlExport;
import dev.creditloop.scorecard.metrics.Evaluation;
import dev.creditloop.scorecard.regression.RegressionSettings;
import dev.creditloop.scorecard.report.ReportHtml;
import dev.creditloop.scorecard.report.ReportJson;
import dev.creditloop.scorecard.report.ScorecardReport;
import dev.creditloop.scorecard.selection.SelectionSettings;
import dev.creditloop.scorecard.training.CompareSamples;
import dev.creditloop.scorecard.training.CrossValidate;
import dev.creditloop.scorecard.training.CrossValidationResult;
import dev.creditloop.scorecard.training.SampleComparison;
import dev.creditloop.scorecard.training.ScorecardModel;
import dev.creditloop.scorecard.training.TrainScorecard;
import dev.creditloop.scorecard.training.TrainingSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code scorecard train}: read, train, cross-validate, write the four files. */
final class TrainCommand {

  private static final Set<String> OPTIONS =
      Set.of(
          "data",
          "target",
          "bad",
          "out",
          "cv",
          "seed",
          "base-score",
          "base-odds",
          "pdo",
          "iv-min",
          "max-corr",
          "l2",
          "binning",
          "fine-bins",
          "max-bins",
          "min-bin-share",
          "trend",
          "special",
          "categorical",
          "delimiter",
          "compare");

  private final PrintStream out;

  TrainCommand(PrintStream out) {
    this.out = out;
  }

  void run(List<String> args) {
    Arguments a = new Arguments(args, OPTIONS);
    Path dataFile = Path.of(a.required("data"));
    Target target = new Target(a.required("target"), a.required("bad"));
    Path outDir = Path.of(a.required("out"));
    int folds = a.integer("cv", 5);
    if (folds == 1 || folds < 0) {
      throw new UsageException(
          "--cv needs 0 (no cross-validation) or at least 2 folds, got " + folds);
    }
    TrainingSettings settings = settings(a);
    CsvOptions csv = csvOptions(a);
    String compareFile = a.text("compare", null);

    LabelledData data = label(target, read(dataFile, csv));
    ScorecardModel model = new TrainScorecard(settings).train(data);
    CrossValidationResult cv = null;
    if (folds > 0) {
      try {
        cv = new CrossValidate(settings, folds, a.longNumber("seed", 42)).run(data);
      } catch (IllegalArgumentException e) {
        throw new UsageException("cross-validation: " + e.getMessage());
      }
    }
    SampleComparison stability = null;
    if (compareFile != null) {
      Dataset other = read(Path.of(compareFile), csv);
      stability =
          CompareSamples.compare(
              model,
              data.features(),
              other.has(target.column()) ? other.without(target.column()) : other);
    }
    ScorecardReport report =
        ScorecardReport.of(dataFile.toString(), target, data, settings, model, cv, stability);
    write(outDir, report);

    Evaluation train = report.train().evaluation();
    if (cv != null) {
      out.printf(
          Locale.ROOT,
          "cv (%d folds, seed %d): AUC %.4f  KS %.4f  Gini %.4f%n",
          cv.k(),
          cv.seed(),
          cv.mean().auc(),
          cv.mean().ks(),
          cv.mean().gini());
    }
    out.printf(
        Locale.ROOT,
        "train: AUC %.4f  KS %.4f  Gini %.4f%n",
        train.auc(),
        train.ks().statistic(),
        train.gini());
    out.println("variables in the model: " + String.join(", ", model.modelVariables()));
    out.println(
        "wrote " + outDir.resolve("report.json") + ", report.html, scorecard.pmml, scorecard.json");
  }

  private static TrainingSettings settings(Arguments a) {
    try {
      BinningSettings binning =
          BinningSettings.defaults()
              .withMethod(method(a.text("binning", "iv")))
              .withFineBins(a.integer("fine-bins", 20))
              .withMaxBins(a.integer("max-bins", 6))
              .withMinBinShare(a.number("min-bin-share", 0.05))
              .withTrend(trend(a.text("trend", "auto")))
              .withSpecialValues(SpecialValues.everywhere(specials(a)));
      return TrainingSettings.defaults()
          .withBinning(binning)
          .withSelection(
              SelectionSettings.defaults()
                  .withIvMin(a.number("iv-min", 0.02))
                  .withMaxCorrelation(a.number("max-corr", 0.7)))
          .withRegression(RegressionSettings.defaults().withL2(a.number("l2", 1.0)))
          .withScaling(
              new ScoreScaling(
                  a.number("base-score", 600), a.number("base-odds", 50), a.number("pdo", 20)));
    } catch (UsageException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static Set<Double> specials(Arguments a) {
    Set<Double> values = new HashSet<>();
    for (String v : a.list("special")) {
      try {
        values.add(Double.parseDouble(v));
      } catch (NumberFormatException e) {
        throw new UsageException("--special needs numbers, got '" + v + "'");
      }
    }
    return values;
  }

  private static BinningMethod method(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "iv", "iv-optimal" -> BinningMethod.IV_OPTIMAL;
      case "chimerge", "chi-merge", "chi" -> BinningMethod.CHI_MERGE;
      default -> throw new UsageException("--binning is iv or chimerge, got '" + name + "'");
    };
  }

  private static Trend trend(String name) {
    try {
      return Trend.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--trend is auto, ascending, descending or none, got '" + name + "'");
    }
  }

  private static CsvOptions csvOptions(Arguments a) {
    CsvOptions options = CsvOptions.defaults();
    String delimiter = a.text("delimiter", ",");
    if (delimiter.equals("\\t") || delimiter.equals("tab")) {
      delimiter = "\t";
    }
    if (delimiter.length() != 1) {
      throw new UsageException("--delimiter is one character, got '" + delimiter + "'");
    }
    options = options.withDelimiter(delimiter.charAt(0));
    for (String column : a.list("categorical")) {
      options = options.withType(column, ColumnType.CATEGORICAL);
    }
    return options;
  }

  private static Dataset read(Path file, CsvOptions csv) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("data file not found: " + file);
    }
    try {
      boolean arff = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".arff");
      return arff ? ArffReader.read(file) : CsvReader.read(file, csv);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static LabelledData label(Target target, Dataset data) {
    try {
      return target.label(data);
    } catch (Target.TargetException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static void write(Path dir, ScorecardReport report) {
    try {
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve("report.json"), ReportJson.write(report), StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("report.html"), ReportHtml.write(report), StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("scorecard.pmml"),
          PmmlExport.write(report.model().scorecard()),
          StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("scorecard.json"),
          DecisioningExport.write(report.model().scorecard()),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
    }
  }
}
