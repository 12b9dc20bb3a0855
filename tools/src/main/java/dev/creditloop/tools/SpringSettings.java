package dev.creditloop.tools;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The arguments a command does not know itself: Spring settings such as {@code
 * --spring.datasource.url=...} or {@code --creditloop.close.batch-size=500}, passed to the context
 * as they are. Anything else (a misspelt option, a stray word) is a usage error.
 */
public final class SpringSettings {

  private SpringSettings() {}

  /** {@code unmatched} as Spring arguments, or a usage error naming the first that is not one. */
  public static List<String> of(CommandSpec spec, List<String> unmatched) {
    for (String a : unmatched) {
      if (!a.matches("--[A-Za-z][^=\\s]*=.*")) {
        throw new ParameterException(
            spec.commandLine(),
            "unknown option or argument '"
                + a
                + "' (Spring settings are written --name=value, e.g. --spring.datasource.url=...)");
      }
    }
    return new ArrayList<>(unmatched);
  }
}
