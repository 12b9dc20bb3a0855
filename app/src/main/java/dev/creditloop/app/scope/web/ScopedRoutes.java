package dev.creditloop.app.scope.web;

import dev.creditloop.app.scope.CasePaths;
import dev.creditloop.app.scope.DataScope.Kind;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every API path that names a customer or one of its cases by {@code {id}}, with what the id names,
 * matched with Spring's path patterns like the routes themselves.
 */
@Component
class ScopedRoutes implements CasePaths {

  private static final PathPatternParser PARSER = new PathPatternParser();

  static final Map<PathPattern, Kind> NAMED =
      Map.of(
          PARSER.parse("/api/v1/customers/{id}/**"), Kind.CUSTOMER,
          PARSER.parse("/api/v1/credit-lines/{id}/**"), Kind.CREDIT_LINE,
          PARSER.parse("/api/v1/loans/{id}/**"), Kind.LOAN,
          PARSER.parse("/api/v1/drawdown-reviews/{id}/**"), Kind.REVIEW,
          PARSER.parse("/api/v1/decisions/{id}/**"), Kind.DECISION,
          PARSER.parse("/api/v1/approvals/{id}/**"), Kind.APPROVAL);

  @Override
  public Optional<Map.Entry<Kind, Long>> named(String path) {
    PathContainer container = PathContainer.parsePath(path);
    for (var named : NAMED.entrySet()) {
      PathPattern.PathMatchInfo match = named.getKey().matchAndExtract(container);
      // an id that is not a number is the controller's 400 to give
      if (match != null && match.getUriVariables().get("id").matches("\\d{1,18}")) {
        return Optional.of(
            Map.entry(named.getValue(), Long.valueOf(match.getUriVariables().get("id"))));
      }
    }
    return Optional.empty();
  }
}
