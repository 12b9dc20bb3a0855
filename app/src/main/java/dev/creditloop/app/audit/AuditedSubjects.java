package dev.creditloop.app.audit;

import java.util.List;
import java.util.Map;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which entity an API write acts on, and where its key is found: a path variable, a field of the
 * request body (a change that names what it changes) or of the answer (a creation).
 */
final class AuditedSubjects {

  enum KeyFrom {
    PATH,
    REQUEST,
    RESPONSE,
    CONSTANT,
    ACTOR,
    NONE
  }

  record Subject(String entityType, KeyFrom from, String key) {}

  private record Entry(String method, PathPattern pattern, Subject subject) {}

  private static final PathPatternParser PARSER = new PathPatternParser();

  private static final List<Entry> ENTRIES =
      List.of(
          entry("POST", "/api/v1/credit-lines", "credit-line", KeyFrom.RESPONSE, "id"),
          entry("POST", "/api/v1/credit-lines/{id}/**", "credit-line", KeyFrom.PATH, "id"),
          entry("POST", "/api/v1/loans/{id}/**", "loan", KeyFrom.PATH, "id"),
          entry("POST", "/api/v1/products", "product", KeyFrom.REQUEST, "code"),
          entry("POST", "/api/v1/customers", "customer", KeyFrom.RESPONSE, "id"),
          // a view of unmasked personal data: who saw which customer's ID number or phone, and why
          // (the value is masked)
          entry("POST", "/api/v1/customers/{id}/reveal", "personal-data-view", KeyFrom.PATH, "id"),
          entry("POST", "/api/v1/customers/{id}/**", "customer", KeyFrom.PATH, "id"),
          entry("POST", "/api/v1/drawdown-reviews/{id}/**", "drawdown-review", KeyFrom.PATH, "id"),
          entry("POST", "/api/v1/lists/entries", "list-entry", KeyFrom.RESPONSE, "id"),
          entry("DELETE", "/api/v1/lists/entries/{id}", "list-entry", KeyFrom.PATH, "id"),
          entry("POST", "/api/v1/strategies", "strategy", KeyFrom.RESPONSE, "strategyId"),
          entry("POST", "/api/v1/strategies/{id}/**", "strategy", KeyFrom.PATH, "id"),
          entry("POST", "/api/v1/users/me/tokens", "api-token", KeyFrom.RESPONSE, "id"),
          entry("DELETE", "/api/v1/users/me/tokens/{id}", "api-token", KeyFrom.PATH, "id"),
          entry("DELETE", "/api/v1/users/{username}/tokens/{id}", "api-token", KeyFrom.PATH, "id"),
          entry("POST", "/api/v1/users/me/password", "user", KeyFrom.ACTOR, null),
          entry("POST", "/api/v1/users", "user", KeyFrom.REQUEST, "username"),
          entry("POST", "/api/v1/users/{username}/**", "user", KeyFrom.PATH, "username"),
          entry("POST", "/api/v1/business-date/**", "business-date", KeyFrom.CONSTANT, "1"),
          entry("POST", "/api/v1/scoring-runs", "scoring-run", KeyFrom.RESPONSE, "id"),
          entry("POST", "/api/v1/events", "behaviour-event", KeyFrom.NONE, null),
          entry("POST", "/api/v1/approvals/{id}/**", "approval", KeyFrom.PATH, "id"));

  /**
   * Writes that change nothing and are not audited: the pre-check decides only, the preview
   * computes.
   */
  private static final List<PathPattern> NOT_AUDITED =
      List.of(
          PARSER.parse("/api/v1/credit-lines/{id}/drawdown-decisions"),
          PARSER.parse("/api/v1/schedule-preview"));

  private AuditedSubjects() {}

  static boolean audited(String method, String path) {
    if (!path.startsWith("/api/")
        || method.equals("GET")
        || method.equals("HEAD")
        || method.equals("OPTIONS")) {
      return false;
    }
    PathContainer container = PathContainer.parsePath(path);
    return NOT_AUDITED.stream().noneMatch(p -> p.matches(container));
  }

  /** The subject of a write, with the path's variables; null when the path names none. */
  static Map.Entry<Subject, Map<String, String>> match(String method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    for (Entry e : ENTRIES) {
      if (e.method().equals(method)) {
        PathPattern.PathMatchInfo info = e.pattern().matchAndExtract(container);
        if (info != null) {
          return Map.entry(e.subject(), info.getUriVariables());
        }
      }
    }
    return null;
  }

  private static Entry entry(String method, String pattern, String type, KeyFrom from, String key) {
    return new Entry(method, PARSER.parse(pattern), new Subject(type, from, key));
  }
}
