package dev.creditloop.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.security.AccessMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Every API write is reachable from some console page (a form or button that calls it), or is
 * listed here as API-only with the reason.
 */
class ConsoleCoverageTest {

  static final Map<String, String> API_ONLY =
      Map.of(
          "POST /api/v1/events",
              "behaviour events are fed by the lender's app backend (INTEGRATION), not typed by staff",
          "POST /api/v1/personal-data/rotate",
              "a key rotation is an operator's step after a configuration change, run once",
          "POST /api/v1/strategies/{id}/versions/{version}/backtest",
              "the console starts the same backtest in the background (.../backtests) to show"
                  + " its progress; the call that waits for the report is for scripts",
          "POST /api/v1/personal-data/rotate-index",
              "an index-key rotation is an operator's step after a configuration change, run once");

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  /** A command a page offers: its method and the path pattern it calls. */
  record Offered(String method, String pattern, String page) {}

  @Test
  void everyApiWriteIsReachableFromTheConsoleOrListedApiOnly() throws IOException {
    List<Offered> offered = offered();
    List<String> missing = new ArrayList<>();
    for (AccessMatrix.Rule rule : AccessMatrix.rules()) {
      if (rule.method() == HttpMethod.GET) {
        continue;
      }
      String op = rule.method().name() + " " + rule.pattern();
      boolean reachable =
          offered.stream()
              .anyMatch(
                  o ->
                      o.method().equals(rule.method().name())
                          && rule.pattern().matches(regex(o.pattern())));
      if (!reachable && !API_ONLY.containsKey(op)) {
        missing.add(op);
      }
    }
    assertThat(missing)
        .as("API writes no console page offers (add a form, or list as API-only with a reason)")
        .isEmpty();
    assertThat(offered).as("the scan finds the pages' commands").hasSizeGreaterThan(20);
  }

  @Test
  void nothingIsListedApiOnlyThatAPageOffers() throws IOException {
    List<Offered> offered = offered();
    for (String op : API_ONLY.keySet()) {
      String method = op.substring(0, op.indexOf(' '));
      String pattern = op.substring(op.indexOf(' ') + 1);
      assertThat(
              offered.stream()
                  .noneMatch(o -> o.method().equals(method) && pattern.matches(regex(o.pattern()))))
          .as(op)
          .isTrue();
    }
  }

  private static List<Offered> offered() throws IOException {
    List<Offered> out = new ArrayList<>();
    Pattern tag = Pattern.compile("<(form|button)\\b[^>]*>", Pattern.DOTALL);
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = tag.matcher(Files.readString(f));
        String formMethod = null;
        while (m.find()) {
          String t = m.group();
          String path = path(t);
          if (m.group(1).equals("form")) {
            formMethod = attribute(t, "data-api");
            if (formMethod != null && path != null) {
              out.add(new Offered(formMethod, path, f.getFileName().toString()));
            }
          } else if (t.contains("data-also-path") && path != null) {
            out.add(
                new Offered(
                    formMethod == null ? "POST" : formMethod, path, f.getFileName().toString()));
          }
        }
      }
    }
    return out;
  }

  /** The API path of a tag's {@code data-path=@{...}}, without Thymeleaf's parameter list. */
  private static String path(String tag) {
    int at = tag.indexOf("data-path=@{");
    if (at < 0) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    int depth = 0;
    for (int i = at + "data-path=@{".length(); i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (depth == 0 && (c == '}' || c == '(')) {
        break;
      }
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      b.append(c);
    }
    return b.toString();
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile(name + "=\"([A-Z]+)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }

  /**
   * A page's path pattern as a regular expression over the matrix's patterns: a variable stands for
   * any segment.
   */
  private static String regex(String pattern) {
    return Pattern.quote(pattern).replaceAll("\\{[^}]*}", "\\\\E[^/]+\\\\Q");
  }
}
