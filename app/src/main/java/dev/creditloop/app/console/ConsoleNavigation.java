package dev.creditloop.app.console;

import dev.creditloop.app.security.AccessMatrix;
import dev.creditloop.app.security.Role;
import dev.creditloop.app.security.StaffPrincipal;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * The console's menu. A page shows for a user whose roles may call the API operation the page is
 * built on, so the menu follows the access matrix and never offers a page that would refuse.
 */
final class ConsoleNavigation {

  /** One menu entry: its path, message key, and the API operation whose roles it follows. */
  record Item(String path, String label, String operation) {}

  static final List<Item> ITEMS =
      List.of(
          new Item("/console", "nav.overview", "GET /api/v1/portfolio/overview"),
          new Item("/console/customers", "nav.customers", "GET /api/v1/customers/{id}"),
          new Item("/console/loans", "nav.loans", "GET /api/v1/loans"),
          new Item("/console/reviews", "nav.reviews", "GET /api/v1/drawdown-reviews"),
          new Item("/console/decisions", "nav.decisions", "GET /api/v1/decisions"),
          new Item("/console/strategies", "nav.strategies", "GET /api/v1/strategies"),
          new Item("/console/scoring", "nav.scoring", "GET /api/v1/scoring-runs"),
          new Item("/console/products", "nav.products", "GET /api/v1/products"),
          new Item("/console/lists", "nav.lists", "GET /api/v1/lists/entries"),
          new Item("/console/close", "nav.close", "POST /api/v1/business-date/close"),
          new Item("/console/approvals", "nav.approvals", "GET /api/v1/approvals"),
          new Item("/console/users", "nav.users", "GET /api/v1/users"),
          new Item("/console/audit", "nav.audit", "GET /api/v1/audit"));

  /** Pages reached from others, not from the menu, with the operation whose roles they follow. */
  static final List<Item> INNER =
      List.of(
          new Item("/console/lines", null, "GET /api/v1/credit-lines/{id}"),
          new Item("/console/account", null, "GET /api/v1/users/me"));

  private ConsoleNavigation() {}

  /** Every page, menu or not. */
  static List<Item> pages() {
    return java.util.stream.Stream.concat(ITEMS.stream(), INNER.stream()).toList();
  }

  static List<Item> visibleTo(StaffPrincipal user) {
    return ITEMS.stream().filter(i -> allows(user.roles(), i.operation())).toList();
  }

  /** Whether these roles may call the operation ("METHOD /api/pattern"). */
  static boolean allows(Set<Role> roles, String operation) {
    int space = operation.indexOf(' ');
    HttpMethod method = HttpMethod.valueOf(operation.substring(0, space));
    String pattern = operation.substring(space + 1);
    return AccessMatrix.rules().stream()
        .filter(r -> r.method().equals(method) && r.pattern().equals(pattern))
        .anyMatch(r -> roles.stream().anyMatch(r::allows));
  }
}
