package dev.creditloop.app.approval;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The kinds of command four-eyes may hold, each with the API operations it covers. Which kinds are
 * held is configuration ({@code creditloop.four-eyes.commands}); a limit change is held only when
 * it raises the limit (or sets a temporary limit) by more than {@code
 * creditloop.four-eyes.limit-increase-above}.
 */
public enum SensitiveCommand {
  WRITE_OFF("write-off", "POST /api/v1/loans/{id}/write-off"),
  LIMIT_INCREASE("limit-increase", "POST /api/v1/credit-lines/{id}/limit-changes"),
  PRODUCT_CHANGE("product-change", "POST /api/v1/products"),
  STRATEGY_ACTIVATION(
      "strategy-activation", "POST /api/v1/strategies/{id}/versions/{version}/activate"),
  // A new user is created disabled and its enabling held (the password never waits in the inbox).
  USER_CHANGE(
      "user-change",
      "POST /api/v1/users/{username}/roles",
      "POST /api/v1/users/{username}/disable",
      "POST /api/v1/users/{username}/enable");

  private final String key;
  private final List<String> operations;
  private final List<PathPattern> patterns;

  SensitiveCommand(String key, String... operations) {
    this.key = key;
    this.operations = List.of(operations);
    this.patterns =
        this.operations.stream()
            .map(o -> new PathPatternParser().parse(o.substring(o.indexOf(' ') + 1)))
            .toList();
  }

  public String key() {
    return key;
  }

  public List<String> operations() {
    return operations;
  }

  /** The operation ("METHOD pattern") this request is, if this kind covers it. */
  String match(String method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    for (int i = 0; i < operations.size(); i++) {
      String op = operations.get(i);
      if (op.startsWith(method + " ") && patterns.get(i).matches(container)) {
        return op;
      }
    }
    return null;
  }

  public static SensitiveCommand byKey(String key) {
    for (SensitiveCommand c : values()) {
      if (c.key.equals(key.trim())) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "creditloop.four-eyes.commands: unknown command '"
            + key
            + "'; known: "
            + java.util.Arrays.stream(values()).map(SensitiveCommand::key).toList());
  }
}
