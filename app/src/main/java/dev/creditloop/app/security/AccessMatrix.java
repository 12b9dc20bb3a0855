package dev.creditloop.app.security;

import static dev.creditloop.app.security.Role.ACCOUNT_MANAGER;
import static dev.creditloop.app.security.Role.ADMIN;
import static dev.creditloop.app.security.Role.AGENT;
import static dev.creditloop.app.security.Role.COLLECTOR;
import static dev.creditloop.app.security.Role.CUSTOMER_SERVICE;
import static dev.creditloop.app.security.Role.FINANCE;
import static dev.creditloop.app.security.Role.INTEGRATION;
import static dev.creditloop.app.security.Role.OPERATIONS;
import static dev.creditloop.app.security.Role.RISK;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * The one place that says which roles may call which API operation. The security configuration
 * enforces it (anything not listed is denied to everyone), {@code docs/roles.md} prints it, and
 * {@code AccessMatrixIT} walks every endpoint against every role through real HTTP.
 *
 * <p>Principles: collectors and customer service never change limits, prices, strategies or
 * products; only FINANCE and ADMIN write off; RISK owns strategies, lists and reviews; INTEGRATION
 * (the lender's app backend and payment channel) reaches the customer-facing operations only.
 */
public final class AccessMatrix {

  /** One operation: an HTTP method and a path pattern exactly as the controller maps it. */
  public record Rule(HttpMethod method, String pattern, Set<Role> roles, String what) {
    public boolean allows(Role role) {
      return roles.contains(role);
    }
  }

  private static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(INTEGRATION));
  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

  private static final List<Rule> RULES = build();

  private AccessMatrix() {}

  public static List<Rule> rules() {
    return RULES;
  }

  private static List<Rule> build() {
    List<Rule> r = new ArrayList<>();
    // customers
    r.add(
        post(
            "/api/v1/customers",
            "register a customer",
            roles(INTEGRATION, ACCOUNT_MANAGER, AGENT, ADMIN)));
    r.add(get("/api/v1/customers/{id}", "read a customer (masked)", EVERYONE));
    r.add(
        post(
            "/api/v1/customers/{id}/agency",
            "assign a customer to an agency (or none)",
            roles(OPERATIONS, ADMIN)));
    r.add(
        post(
            "/api/v1/customers/{id}/reveal",
            "reveal one unmasked ID number or phone (audited)",
            roles(CUSTOMER_SERVICE, ACCOUNT_MANAGER, COLLECTOR, ADMIN)));
    r.add(
        post(
            "/api/v1/personal-data/rotate",
            "re-seal personal data under the current key",
            roles(ADMIN)));
    r.add(
        post(
            "/api/v1/personal-data/rotate-index",
            "recompute every blind index under the current index key",
            roles(ADMIN)));
    r.add(
        get(
            "/api/v1/customers/{id}/scores",
            "a customer's score history",
            roles(RISK, ACCOUNT_MANAGER, OPERATIONS, ADMIN)));
    // products
    r.add(get("/api/v1/products", "list products", STAFF));
    r.add(get("/api/v1/products/{code}", "read a product", STAFF));
    r.add(post("/api/v1/products", "create or change a product", roles(OPERATIONS, ADMIN)));
    r.add(post("/api/v1/schedule-preview", "preview a repayment schedule", EVERYONE));
    // credit lines
    r.add(post("/api/v1/credit-lines", "grant a credit line", roles(RISK, ACCOUNT_MANAGER, ADMIN)));
    r.add(get("/api/v1/credit-lines", "a customer's credit lines", EVERYONE));
    r.add(get("/api/v1/credit-lines/{id}", "read a credit line and its history", EVERYONE));
    r.add(
        post(
            "/api/v1/credit-lines/{id}/limit-changes",
            "change the limit or set a temporary limit",
            roles(RISK, ACCOUNT_MANAGER, ADMIN)));
    r.add(
        post(
            "/api/v1/credit-lines/{id}/freeze",
            "freeze a line",
            roles(RISK, OPERATIONS, CUSTOMER_SERVICE, COLLECTOR, ADMIN)));
    r.add(post("/api/v1/credit-lines/{id}/unfreeze", "unfreeze a line", roles(RISK, ADMIN)));
    r.add(
        post(
            "/api/v1/credit-lines/{id}/drawdowns",
            "draw down (decide and disburse)",
            roles(INTEGRATION, ACCOUNT_MANAGER, ADMIN)));
    r.add(
        post(
            "/api/v1/credit-lines/{id}/drawdown-decisions",
            "pre-check a drawdown (decide only)",
            roles(INTEGRATION, ACCOUNT_MANAGER, RISK, ADMIN)));
    // loans
    r.add(get("/api/v1/loans", "list loans", STAFF));
    r.add(get("/api/v1/loans/{id}", "read a loan", EVERYONE));
    r.add(
        get(
            "/api/v1/loans/{id}/journal",
            "a loan's journal",
            roles(FINANCE, OPERATIONS, RISK, ADMIN)));
    r.add(
        post(
            "/api/v1/loans/{id}/repayments",
            "post a repayment",
            roles(INTEGRATION, FINANCE, ADMIN)));
    r.add(post("/api/v1/loans/{id}/write-off", "write a loan off", roles(FINANCE, ADMIN)));
    // drawdown reviews
    r.add(
        get(
            "/api/v1/drawdown-reviews",
            "the review queue",
            roles(RISK, ACCOUNT_MANAGER, OPERATIONS, ADMIN)));
    r.add(
        get(
            "/api/v1/drawdown-reviews/{id}",
            "read a review",
            roles(RISK, ACCOUNT_MANAGER, OPERATIONS, ADMIN)));
    r.add(
        post(
            "/api/v1/drawdown-reviews/{id}/approve",
            "approve a parked drawdown",
            roles(RISK, ADMIN)));
    r.add(
        post(
            "/api/v1/drawdown-reviews/{id}/reject",
            "reject a parked drawdown",
            roles(RISK, ADMIN)));
    // business date and close, journal
    r.add(get("/api/v1/business-date", "the business date", EVERYONE));
    r.add(
        post(
            "/api/v1/business-date/close",
            "close business days",
            roles(OPERATIONS, FINANCE, ADMIN)));
    r.add(
        get(
            "/api/v1/business-date/close",
            "watch the running close",
            roles(OPERATIONS, FINANCE, ADMIN)));
    r.add(
        post(
            "/api/v1/business-date/close/stop",
            "stop the running close between days",
            roles(OPERATIONS, FINANCE, ADMIN)));
    r.add(
        get(
            "/api/v1/journal/trial-balance",
            "the trial balance",
            roles(FINANCE, OPERATIONS, ADMIN)));
    // behaviour events, decisions, lists, strategies, scoring
    r.add(post("/api/v1/events", "record behaviour events", roles(INTEGRATION, ADMIN)));
    r.add(
        get(
            "/api/v1/decisions",
            "list decisions",
            roles(RISK, ACCOUNT_MANAGER, CUSTOMER_SERVICE, OPERATIONS, ADMIN)));
    r.add(
        get(
            "/api/v1/decisions/{id}",
            "explain a decision",
            roles(RISK, ACCOUNT_MANAGER, CUSTOMER_SERVICE, OPERATIONS, ADMIN)));
    r.add(get("/api/v1/lists/entries", "list entries (masked)", roles(RISK, OPERATIONS, ADMIN)));
    r.add(post("/api/v1/lists/entries", "add a list entry", roles(RISK)));
    r.add(delete("/api/v1/lists/entries/{id}", "remove a list entry", roles(RISK)));
    r.add(get("/api/v1/strategies", "list strategies", roles(RISK, OPERATIONS, ADMIN)));
    r.add(
        get(
            "/api/v1/strategies/{id}/versions/{version}",
            "read a strategy version",
            roles(RISK, OPERATIONS, ADMIN)));
    r.add(post("/api/v1/strategies", "save a strategy version", roles(RISK)));
    r.add(
        post(
            "/api/v1/strategies/{id}/versions/{version}/activate",
            "activate a strategy version",
            roles(RISK)));
    r.add(
        post(
            "/api/v1/strategies/{id}/versions/{version}/backtest",
            "backtest a strategy version",
            roles(RISK)));
    r.add(
        post(
            "/api/v1/strategies/{id}/versions/{version}/backtests",
            "start a backtest of a strategy version in the background",
            roles(RISK)));
    r.add(
        get(
            "/api/v1/backtests/{id}",
            "read a background backtest's progress and result",
            roles(RISK)));
    r.add(
        post(
            "/api/v1/strategies/{id}/scorecards/{step}",
            "publish a scorecard into a strategy",
            roles(RISK)));
    r.add(get("/api/v1/scoring-runs", "list scoring runs", roles(RISK, OPERATIONS, ADMIN)));
    r.add(get("/api/v1/scoring-runs/{id}", "read a scoring run", roles(RISK, OPERATIONS, ADMIN)));
    r.add(post("/api/v1/scoring-runs", "run a scoring pass", roles(RISK, ADMIN)));
    // portfolio
    r.add(
        get(
            "/api/v1/portfolio/overview",
            "the portfolio overview (dashboard; an agency's users: their agency's book)",
            roles(RISK, FINANCE, OPERATIONS, ACCOUNT_MANAGER, AGENT, COLLECTOR, ADMIN)));
    // four-eyes approvals: whether one may approve a given command is checked against that
    // command's own roles
    r.add(get("/api/v1/approvals", "the approval inbox", STAFF));
    r.add(get("/api/v1/approvals/{id}", "read a held command", STAFF));
    r.add(post("/api/v1/approvals/{id}/approve", "approve a held command (not one's own)", STAFF));
    r.add(post("/api/v1/approvals/{id}/reject", "reject a held command", STAFF));
    r.add(post("/api/v1/approvals/{id}/cancel", "withdraw one's own held command", STAFF));
    // audit trail
    r.add(get("/api/v1/audit", "search the audit trail", roles(ADMIN)));
    r.add(get("/api/v1/audit/verify", "verify the audit trail's hash chain", roles(ADMIN)));
    // users
    r.add(get("/api/v1/users", "list users", roles(ADMIN)));
    r.add(get("/api/v1/users/me", "who am I", EVERYONE));
    r.add(post("/api/v1/users", "create a user", roles(ADMIN)));
    r.add(post("/api/v1/users/{username}/disable", "disable a user", roles(ADMIN)));
    r.add(post("/api/v1/users/{username}/enable", "enable a user", roles(ADMIN)));
    r.add(post("/api/v1/users/{username}/roles", "replace a user's roles", roles(ADMIN)));
    r.add(post("/api/v1/users/me/password", "change one's own password", EVERYONE));
    // personal API tokens: one's own (the lender's machine clients first of all), anyone's for
    // ADMIN
    r.add(get("/api/v1/users/me/tokens", "one's own API tokens (no secrets)", EVERYONE));
    r.add(
        post("/api/v1/users/me/tokens", "create an API token for oneself (shown once)", EVERYONE));
    r.add(delete("/api/v1/users/me/tokens/{id}", "revoke one's own API token", EVERYONE));
    r.add(get("/api/v1/users/{username}/tokens", "a user's API tokens (no secrets)", roles(ADMIN)));
    r.add(
        delete("/api/v1/users/{username}/tokens/{id}", "revoke a user's API token", roles(ADMIN)));
    return Collections.unmodifiableList(r);
  }

  private static Set<Role> roles(Role first, Role... more) {
    return Collections.unmodifiableSet(EnumSet.of(first, more));
  }

  private static Rule get(String pattern, String what, Set<Role> roles) {
    return new Rule(HttpMethod.GET, pattern, roles, what);
  }

  private static Rule post(String pattern, String what, Set<Role> roles) {
    return new Rule(HttpMethod.POST, pattern, roles, what);
  }

  private static Rule delete(String pattern, String what, Set<Role> roles) {
    return new Rule(HttpMethod.DELETE, pattern, roles, what);
  }

  /** The rule of a concrete request (method and path), if any. */
  public static java.util.Optional<Rule> ruleFor(String method, String path) {
    var container = org.springframework.http.server.PathContainer.parsePath(path);
    return RULES.stream()
        .filter(r -> r.method().name().equals(method))
        .filter(
            r ->
                PARSED
                    .computeIfAbsent(
                        r.pattern(),
                        p -> new org.springframework.web.util.pattern.PathPatternParser().parse(p))
                    .matches(container))
        .findFirst();
  }

  private static final java.util.concurrent.ConcurrentHashMap<
          String, org.springframework.web.util.pattern.PathPattern>
      PARSED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The matrix as a Markdown table, for docs/roles.md. */
  public static String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Roles × operations\n\n")
        .append(
            "Generated from `app/src/main/java/dev/creditloop/app/security/AccessMatrix.java` by `AccessMatrixDocTest`; ")
        .append(
            "an operation not listed is denied to everyone. `AccessMatrixIT` calls every endpoint as every role.\n\n")
        .append("| operation | method | path |");
    for (Role role : Role.values()) {
      b.append(' ').append(role.name()).append(" ").append(role.chinese()).append(" |");
    }
    b.append("\n|---|---|---|");
    for (int i = 0; i < Role.values().length; i++) {
      b.append(":-:|");
    }
    b.append('\n');
    for (Rule rule : RULES) {
      b.append("| ")
          .append(rule.what())
          .append(" | ")
          .append(rule.method().name())
          .append(" | `")
          .append(rule.pattern())
          .append("` |");
      for (Role role : Role.values()) {
        b.append(rule.allows(role) ? " ✔ |" : " |");
      }
      b.append('\n');
    }
    return b.toString();
  }
}
