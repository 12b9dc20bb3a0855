package dev.creditloop.scorecard;

import dev.creditloop.scorecard.data.ArffReader;
import dev.creditloop.scorecard.data.Dataset;
import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.data.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Statlog German credit sample the project ships in examples/data (1,000 rows, 300 bad; CC BY
 * 4.0, see its README).
 */
public final class GermanCredit {

  private static Dataset cached;

  private GermanCredit() {}

  public static Path file() {
    // tests run in the module's directory; the repository root holds the examples
    Path shipped = Path.of("../examples/data/credit-g.arff");
    if (!Files.isRegularFile(shipped)) {
      throw new IllegalStateException("the example data is missing: " + shipped.toAbsolutePath());
    }
    return shipped;
  }

  public static synchronized Dataset dataset() {
    if (cached == null) {
      try {
        cached = ArffReader.read(file());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cached;
  }

  public static LabelledData labelled() {
    return new Target("class", "bad").label(dataset());
  }
}
