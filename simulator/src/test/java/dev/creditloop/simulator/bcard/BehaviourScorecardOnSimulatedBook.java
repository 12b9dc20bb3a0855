package dev.creditloop.simulator.bcard;

import dev.creditloop.scorecard.data.Column;
import dev.creditloop.scorecard.data.Dataset;
import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.data.NumericColumn;
import dev.creditloop.scorecard.interchange.DecisioningExport;
import dev.creditloop.scorecard.metrics.Auc;
import dev.creditloop.scorecard.metrics.Ks;
import dev.creditloop.scorecard.training.ScorecardModel;
import dev.creditloop.scorecard.training.TrainScorecard;
import dev.creditloop.scorecard.training.TrainingSettings;
import dev.creditloop.simulator.Simulation;
import dev.creditloop.simulator.SimulationConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds a behaviour scorecard on a simulated book and measures it out of time.
 *
 * <p>Train on the customers observed at the end of month {@link #TRAIN_MONTH}, test on those
 * observed at the end of month {@link #TEST_MONTH}: the test sample is a later population under a
 * later calendar, which is what the card will face in production; a random split of one date would
 * flatter it. The two samples share customers (a customer observed twice), as real B-card samples
 * do. Outcome: bad = a loan entering M3 (61+ days past due) in the six months after the observation
 * date; customers already M3 or worse at observation are left out.
 *
 * <p>{@code java -cp ... dev.creditloop.simulator.bcard.BehaviourScorecardOnSimulatedBook
 * [customers] [months] [seed] [out dir]}
 */
public final class BehaviourScorecardOnSimulatedBook {

  static final int TRAIN_MONTH = 6;
  static final int TEST_MONTH = 9;
  static final int OUTCOME_MONTHS = 6;
  static final String CARD_FILE = "behaviour-scorecard.json";

  private BehaviourScorecardOnSimulatedBook() {}

  /** What a run measured; {@code card} is the exported decisioning JSON. */
  record Figures(
      int trainCustomers,
      double trainBadRate,
      int testCustomers,
      double testBadRate,
      int testExcludedAlready60Plus,
      double ootAuc,
      double ootKs,
      double trueAuc,
      List<String> variables,
      Path card) {

    String render() {
      return String.format(
          "train (month %d): %,d customers, bad rate %.2f%%%n"
              + "test  (month %d, out of time): %,d customers, bad rate %.2f%%, %,d left out as already 60+%n"
              + "card: %d variables %s%n"
              + "OOT AUC %.4f  KS %.4f  Gini %.4f%n"
              + "true propensity AUC on the same sample (ceiling) %.4f%n"
              + "exported %s%n",
          TRAIN_MONTH, trainCustomers, 100 * trainBadRate,
          TEST_MONTH, testCustomers, 100 * testBadRate, testExcludedAlready60Plus,
          variables.size(), variables,
          ootAuc, ootKs, Auc.gini(ootAuc),
          trueAuc,
          card);
    }
  }

  static Figures run(SimulationConfig config, Path outDir) {
    if (config.months() < TEST_MONTH + OUTCOME_MONTHS) {
      throw new IllegalArgumentException(
          "needs at least " + (TEST_MONTH + OUTCOME_MONTHS) + " months to label month " + TEST_MONTH);
    }
    ObservedBook book = new ObservedBook(Set.of(TRAIN_MONTH, TEST_MONTH));
    new Simulation().run(config, book);
    Observation train = book.observation(TRAIN_MONTH);
    Observation test = book.observation(TEST_MONTH);

    ScorecardModel model =
        new TrainScorecard(TrainingSettings.defaults())
            .train(new LabelledData(dataset(train), train.bad()));
    double[] scores = model.scores(dataset(test));
    double ootAuc = Auc.of(scores, test.bad());
    double ootKs = Ks.of(scores, test.bad()).statistic();
    // Auc counts a higher score as safer; a higher propensity is riskier.
    double[] safety = new double[test.size()];
    for (int i = 0; i < safety.length; i++) {
      safety[i] = -test.propensity()[i];
    }
    double trueAuc = Auc.of(safety, test.bad());

    Path card = outDir.resolve(CARD_FILE);
    try {
      Files.createDirectories(outDir);
      Files.writeString(card, DecisioningExport.write(model.scorecard()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Figures(
        train.size(), train.badRate(),
        test.size(), test.badRate(), test.excludedAlready60Plus(),
        ootAuc, ootKs, trueAuc, model.modelVariables(), card);
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

  public static void main(String[] args) {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int months = args.length > 1 ? Integer.parseInt(args[1]) : 18;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    Path out = Path.of(args.length > 3 ? args[3] : "target/bcard");
    long started = System.nanoTime();
    Figures figures = run(SimulationConfig.of(customers, months, seed), out);
    System.out.printf("%,d customers x %d months, seed %d%n", customers, months, seed);
    System.out.print(figures.render());
    System.out.printf("%.1f s%n", (System.nanoTime() - started) / 1e9);
  }
}
