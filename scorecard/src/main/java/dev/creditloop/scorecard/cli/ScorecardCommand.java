package dev.creditloop.scorecard.cli;

import dev.creditloop.scorecard.data.MalformedDataException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code creditloop scorecard ...}. Exit codes: 0 done, 2 bad arguments or input
 * (unknown option, missing file, unknown target column, bad value absent, unreadable data), 1
 * anything else.
 */
public final class ScorecardCommand {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  static final String USAGE_TEXT =
      """
      usage: scorecard train --data FILE --target COLUMN --bad VALUE --out DIR [options]

        --data FILE           CSV with a header row (missing: empty or NA) or ARFF (.arff)
        --target COLUMN       the outcome column
        --bad VALUE           the outcome value that means bad; every other value is good
        --out DIR             where report.json, report.html, scorecard.pmml, scorecard.json go
        --cv K                stratified K-fold cross-validation, 0 to skip (default 5)
        --seed S              seed of the folds (default 42)
        --base-score P        points at the base odds (default 600)
        --base-odds O         good:bad odds at the base score (default 50)
        --pdo D               points to double the odds (default 20)
        --iv-min V            least IV a variable needs (default 0.02)
        --max-corr R          largest |r| between selected WOE variables (default 0.7)
        --l2 L                ridge penalty of the regression (default 1.0)
        --binning M           iv (IV-optimal, default) or chimerge
        --fine-bins N         quantile bins before merging (default 20)
        --max-bins N          most bins per variable besides missing/special (default 6)
        --min-bin-share S     least share of rows per bin (default 0.05)
        --trend T             auto (default), ascending, descending or none
        --special V,V         numeric special values with bins of their own, e.g. -1,999
        --categorical C,C     CSV columns to read as categorical although numeric
        --delimiter C         CSV delimiter (default ,)
        --compare FILE        a second sample for score PSI and variable CSI
      """;

  private ScorecardCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs {@code args} (the words after "scorecard") and returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> words = Arrays.asList(args);
    if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("help")) {
      (words.isEmpty() ? err : out).print(USAGE_TEXT);
      return words.isEmpty() ? USAGE : OK;
    }
    try {
      if (!words.get(0).equals("train")) {
        throw new UsageException("unknown command '" + words.get(0) + "'; the command is train");
      }
      new TrainCommand(out).run(words.subList(1, words.size()));
      return OK;
    } catch (UsageException | MalformedDataException e) {
      err.println("scorecard: " + e.getMessage());
      if (e instanceof UsageException) {
        err.println("run 'scorecard --help' for the options");
      }
      return USAGE;
    } catch (UncheckedIOException e) {
      err.println("scorecard: " + e.getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      err.println("scorecard: training failed: " + e);
      return FAILED;
    }
  }
}
