package dev.creditloop.app.scope.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.scope.DataScope;
import dev.creditloop.app.security.AccessMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every API operation either is checked by the data scope guard (its path names a customer or one
 * of its cases), filters its list by agency, or is declared here to hold no one customer's data. A
 * new endpoint that names a customer's case and is none of these fails this test.
 */
class ScopedRoutesTest {

  private final ScopedRoutes routes = new ScopedRoutes();

  /**
   * Paths whose variables name no customer's case: products, strategies, users, lists, runs,
   * backtests (counts over the whole book), the book's dates.
   */
  private static final List<String> FREE_OF_CUSTOMERS =
      List.of(
          "/api/v1/products/",
          "/api/v1/strategies/",
          "/api/v1/users/",
          "/api/v1/lists/",
          "/api/v1/scoring-runs/",
          "/api/v1/backtests/");

  @Test
  void everyPathVariableNamesAGuardedCaseOrNoCustomer() {
    for (AccessMatrix.Rule rule : AccessMatrix.rules()) {
      String pattern = rule.pattern();
      if (!pattern.contains("{") || FREE_OF_CUSTOMERS.stream().anyMatch(pattern::startsWith)) {
        continue;
      }
      String concrete = pattern.replaceFirst("\\{[^}]+}", "5").replaceAll("\\{[^}]+}", "x");
      assertThat(routes.named(concrete))
          .as(rule.method() + " " + pattern + " names something the data scope does not guard")
          .isPresent();
    }
  }

  @Test
  void aPathIsReadForItsCaseAndItsNumber() {
    assertThat(routes.named("/api/v1/loans/42/repayments"))
        .contains(java.util.Map.entry(DataScope.Kind.LOAN, 42L));
    assertThat(routes.named("/api/v1/customers/7"))
        .contains(java.util.Map.entry(DataScope.Kind.CUSTOMER, 7L));
    assertThat(routes.named("/api/v1/credit-lines/x/freeze")).isEmpty();
    assertThat(routes.named("/api/v1/products/CASH12")).isEmpty();
  }
}
