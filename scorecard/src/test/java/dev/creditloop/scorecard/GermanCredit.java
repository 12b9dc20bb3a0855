package dev.creditloop.scorecard;

import dev.creditloop.scorecard.data.ArffReader;
import dev.creditloop.scorecard.data.Dataset;
import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.data.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Statlog German credit sample shipped in /work/shared/data (1,000 rows, 300 bad). */
public final class GermanCredit {

  private static Dataset cached;

  private GermanCredit() {}

  public static Path file() {
    Path shared = Path.of("/work/shared/data/credit-g.arff");
    if (Files.isRegularFile(shared)) {
      return shared;
    }
    // a checkout elsewhere: the same file relative to the module
    return Path.of("../../shared/data/credit-g.arff");
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
