package dev.creditloop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * The access matrix keeps the principles the business states, and docs/roles.md prints it as it is.
 */
class AccessMatrixTest {

  private static final Path DOC = Path.of("..", "docs", "roles.md");

  @Test
  void collectorsAndCustomerServiceNeverChangeLimitsPricesStrategiesOrProducts() {
    for (AccessMatrix.Rule rule : AccessMatrix.rules()) {
      boolean changesTerms =
          rule.method() != HttpMethod.GET
              && (rule.pattern().contains("limit-changes")
                  || rule.pattern().startsWith("/api/v1/products")
                  || rule.pattern().startsWith("/api/v1/strategies")
                  || rule.pattern().endsWith("/unfreeze"));
      if (changesTerms) {
        assertThat(rule.roles())
            .as(rule.pattern())
            .doesNotContain(Role.COLLECTOR, Role.CUSTOMER_SERVICE, Role.AGENT);
      }
    }
  }

  @Test
  void onlyFinanceAndAdminWriteOff() {
    assertThat(rule(HttpMethod.POST, "/api/v1/loans/{id}/write-off").roles())
        .containsExactlyInAnyOrder(Role.FINANCE, Role.ADMIN);
  }

  @Test
  void riskAloneChangesStrategiesAndLists() {
    for (AccessMatrix.Rule rule : AccessMatrix.rules()) {
      if (rule.method() != HttpMethod.GET
          && (rule.pattern().startsWith("/api/v1/strategies")
              || rule.pattern().startsWith("/api/v1/lists"))) {
        assertThat(rule.roles()).as(rule.pattern()).containsExactly(Role.RISK);
      }
    }
  }

  @Test
  void integrationReachesOnlyTheCustomerFacingOperations() {
    Set<String> customerFacing =
        Set.of(
            "POST /api/v1/customers",
            "GET /api/v1/customers/{id}",
            "GET /api/v1/credit-lines",
            "POST /api/v1/credit-lines/{id}/drawdowns",
            "POST /api/v1/credit-lines/{id}/drawdown-decisions",
            "GET /api/v1/credit-lines/{id}",
            "POST /api/v1/loans/{id}/repayments",
            "GET /api/v1/loans/{id}",
            "POST /api/v1/events",
            "POST /api/v1/schedule-preview",
            "GET /api/v1/business-date",
            "GET /api/v1/users/me",
            "POST /api/v1/users/me/password",
            // a machine client manages its own API tokens
            "GET /api/v1/users/me/tokens",
            "POST /api/v1/users/me/tokens",
            "DELETE /api/v1/users/me/tokens/{id}");
    Set<String> allowed = new HashSet<>();
    for (AccessMatrix.Rule rule : AccessMatrix.rules()) {
      if (rule.allows(Role.INTEGRATION)) {
        allowed.add(rule.method().name() + " " + rule.pattern());
      }
    }
    assertThat(customerFacing).containsAll(allowed);
  }

  @Test
  void usersAreAdministeredByAdminAlone() {
    for (AccessMatrix.Rule rule : AccessMatrix.rules()) {
      if (rule.pattern().startsWith("/api/v1/users")
          && !rule.pattern().startsWith("/api/v1/users/me")) {
        assertThat(rule.roles()).as(rule.pattern()).isEqualTo(EnumSet.of(Role.ADMIN));
      }
    }
  }

  @Test
  void eachOperationIsListedOnce() {
    Set<String> seen = new HashSet<>();
    for (AccessMatrix.Rule rule : AccessMatrix.rules()) {
      assertThat(seen.add(rule.method() + " " + rule.pattern())).as(rule.pattern()).isTrue();
    }
  }

  /**
   * Run with {@code -Dcreditloop.write-docs=true} to rewrite docs/roles.md after a change of the
   * matrix.
   */
  @Test
  void theDocsPrintTheMatrix() throws IOException {
    String expected = AccessMatrix.markdown();
    if (Boolean.getBoolean("creditloop.write-docs")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(DOC))
        .as("docs/roles.md exists (write it with -Dcreditloop.write-docs=true)")
        .isTrue();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/roles.md is out of date: run the test with -Dcreditloop.write-docs=true")
        .isEqualTo(expected);
  }

  private static AccessMatrix.Rule rule(HttpMethod method, String pattern) {
    return AccessMatrix.rules().stream()
        .filter(r -> r.method().equals(method) && r.pattern().equals(pattern))
        .findFirst()
        .orElseThrow();
  }
}
